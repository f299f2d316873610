package org.maqal.corpus;

import org.maqal.model.MetaField;

/**
 * Titles for articles that come without metadata: the first line when it is a headline (short and
 * without final punctuation), otherwise the opening words of the lead, marked as supplied.
 */
public final class Titles {
    private static final int HEADLINE_MAX_WORDS = 18;
    private static final int LEAD_WORDS = 8;

    private Titles() {
    }

    /** The title of an article's text. */
    public static MetaField of(String text) {
        String first = firstLine(text);
        if (first.isEmpty()) return MetaField.supplied("(بلا عنوان)");
        String[] words = first.split("\\s+");
        char last = first.charAt(first.length() - 1);
        boolean punctuated = last == '.' || last == '؟' || last == '?' || last == '!' || last == '؛' || last == ':';
        if (words.length <= HEADLINE_MAX_WORDS && !punctuated) return MetaField.stated(first);
        StringBuilder lead = new StringBuilder();
        for (int i = 0; i < Math.min(LEAD_WORDS, words.length); i++) {
            if (i > 0) lead.append(' ');
            lead.append(words[i]);
        }
        String title = lead.toString().replaceAll("[.،,؛:]+$", "");
        return MetaField.supplied(words.length > LEAD_WORDS ? title + "…" : title);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String t = line.strip().replace("\uFEFF", "");
            if (!t.isEmpty() && !isCredit(t)) return t;
        }
        return "";
    }

    /** A byline or translator's credit ("ترجمة / حامد أحمد", "بقلم: ...") rather than a headline. */
    private static boolean isCredit(String line) {
        String normal = org.maqal.text.ArabicNormalizer.normalize(line);
        return line.length() < 60 && (normal.startsWith("ترجمه") || normal.startsWith("بقلم") || normal.startsWith("كتب ")
                || normal.startsWith("اعداد") || normal.startsWith("تحرير"));
    }
}
