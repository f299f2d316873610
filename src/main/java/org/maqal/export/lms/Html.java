package org.maqal.export.lms;

import java.util.List;
import org.maqal.export.BidiText;

/**
 * Small pieces of HTML for question texts: escaped, in paragraphs and table cells marked with the
 * direction of their text ({@code dir="rtl"} for Arabic), as Moodle shows them. Stateless.
 */
public final class Html {
    private Html() {
    }

    /** Text with {@code & < > "} escaped, line breaks as {@code <br>}, dates marked ({@link BidiText#markDates}). */
    public static String escape(String text) {
        return BidiText.markDates(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** {@code rtl} or {@code ltr}: the text's own direction, or the fallback's when it has no letters. */
    public static String dir(String text, boolean rightToLeftFallback) {
        boolean rtl = BidiText.hasLetters(text) ? BidiText.isRightToLeft(text) : rightToLeftFallback;
        return rtl ? "rtl" : "ltr";
    }

    /** A paragraph in the text's direction. */
    public static String paragraph(String text, boolean rightToLeftFallback) {
        return "<p dir=\"" + dir(text, rightToLeftFallback) + "\">" + escape(text) + "</p>";
    }

    /** Text in a span marked with its direction, for answers and matching entries. */
    public static String span(String text, boolean rightToLeftFallback) {
        return "<span dir=\"" + dir(text, rightToLeftFallback) + "\">" + escape(text) + "</span>";
    }

    /** A table with a header row, laid out in the given direction. */
    public static String table(List<String> headers, List<List<String>> rows, boolean rightToLeft) {
        StringBuilder out = new StringBuilder();
        out.append("<table dir=\"").append(rightToLeft ? "rtl" : "ltr").append("\" border=\"1\" cellpadding=\"4\"><thead><tr>");
        for (String h : headers) out.append("<th>").append(escape(h)).append("</th>");
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String cell : row) out.append("<td>").append(cell.isEmpty() ? "&nbsp;" : escape(cell)).append("</td>");
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }
}
