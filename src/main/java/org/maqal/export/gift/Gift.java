package org.maqal.export.gift;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.maqal.export.lms.Html;
import org.maqal.export.lms.LmsCategory;
import org.maqal.export.lms.LmsQuestion;

/**
 * Writes platform questions as GIFT, Moodle's plain-text question format: a {@code $CATEGORY:}
 * line per section, then each question as {@code ::name::[html]text{answers####feedback}}, with the
 * text as right-to-left HTML and every character GIFT gives a meaning ({@code ~ = # { } :} and the
 * backslash) escaped with a backslash. Gaps use GIFT's missing-word form (the answers in braces
 * inside the sentence); ordering is a matching of entries to places; open questions and sheets are
 * essays. GIFT has no points, so Moodle gives each question its default mark. UTF-8. Stateless.
 */
public final class Gift {
    private static final String SPECIAL = "~=#{}:\\";

    private Gift() {
    }

    /** The categories as the bytes of a GIFT file. */
    public static byte[] write(String title, List<LmsCategory> categories) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(oneLine(title)).append("\n// Maqal: one category per section; import into Moodle as GIFT.\n\n");
        for (LmsCategory category : categories) {
            out.append("$CATEGORY: $course$/top/").append(oneLine(category.categoryPath())).append("\n\n");
            for (LmsQuestion q : category.questions()) question(out, q);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text with GIFT's special characters escaped and line breaks made spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : oneLine(text).toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static void question(StringBuilder out, LmsQuestion q) {
        out.append("// ").append(oneLine(q.id())).append('\n');
        out.append("::").append(escape(q.name())).append("::[html]");
        String feedback = q.feedback().isEmpty() ? "" : "####" + escape(q.feedback());
        switch (q.kind()) {
            case GAP -> {
                out.append(escape("<p dir=\"" + Html.dir(q.prompt(), true) + "\">" + Html.escape(q.gap().get(0))));
                out.append('{');
                if (q.choices().isEmpty()) {
                    for (String a : q.accepted()) out.append('=').append(escape(a)).append(' ');
                } else {
                    for (LmsQuestion.Choice c : q.choices()) out.append(c.right() ? '=' : '~').append(escape(c.text())).append(' ');
                }
                out.append(feedback).append('}');
                out.append(escape(Html.escape(q.gap().get(1)) + "</p>")).append("\n\n");
                return;
            }
            case ESSAY -> out.append(escape(q.text() + q.template())).append('{');
            default -> out.append(escape(q.text())).append('{');
        }
        switch (q.kind()) {
            case MULTIPLE_CHOICE -> {
                for (LmsQuestion.Choice c : q.choices()) out.append("\n\t").append(c.right() ? '=' : '~').append(escape(c.text()));
            }
            case TRUE_FALSE -> out.append(q.correct() ? "TRUE" : "FALSE");
            case SHORT_ANSWER -> {
                for (String a : q.accepted()) out.append("\n\t=").append(escape(a));
            }
            case MATCHING -> {
                for (LmsQuestion.Pair p : q.pairs()) {
                    out.append("\n\t=").append(escape(arrowless(p.left()))).append(" -> ").append(escape(arrowless(p.right())));
                }
            }
            default -> { }
        }
        if (!feedback.isEmpty()) out.append(q.kind() == LmsQuestion.Kind.TRUE_FALSE || q.kind() == LmsQuestion.Kind.ESSAY ? "" : "\n\t").append(feedback);
        out.append(q.kind() == LmsQuestion.Kind.TRUE_FALSE || q.kind() == LmsQuestion.Kind.ESSAY ? "}" : "\n}").append("\n\n");
    }

    /** GIFT cannot escape "->" inside a matching pair; an arrow sign reads the same. */
    private static String arrowless(String text) {
        return text.replace("->", "→");
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
