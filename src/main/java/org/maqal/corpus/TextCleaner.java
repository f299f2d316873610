package org.maqal.corpus;

import java.text.Normalizer;

/**
 * Cleans decoded text the same way whatever it came from: every line ending (CR LF, CR, vertical
 * tab, form feed, NEL, U+2028, U+2029) becomes {@code \n}; a leading byte-order mark, NUL and the
 * other control characters are removed, except {@code \n} and {@code \t}; Arabic presentation forms
 * (the glyph shapes text copied from a PDF often has, U+FB50-U+FDFF and U+FE70-U+FEFF) become the
 * letters they show. Everything else (diacritics, tatweel, digits, spacing) is kept as written.
 * Stateless.
 */
final class TextCleaner {
    private TextCleaner() {
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            } else if (c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (isPresentationForm(c)) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (c == '\t' || Character.getType(c) != Character.CONTROL) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }
}
