package org.maqal.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for imported articles, safe as file names on every system: lower-case ASCII letters, digits,
 * {@code -} and {@code _}, taken from the file name ({@code "NATO Report (2021).txt"} becomes
 * {@code nato-report-2021}). A name in Arabic or another script gives {@code article-} and the start
 * of the text's fingerprint instead. Stateless.
 */
final class ArticleIds {
    private static final int MAX_LENGTH = 60;

    private ArticleIds() {
    }

    /**
     * An id for a file not yet in the corpus.
     *
     * @param fileName    the imported file's name, with its extension
     * @param fingerprint the text's {@link Fingerprint}
     * @param taken       the names, in lower case and without extension, of the files already in the corpus folder
     */
    static String choose(String fileName, String fingerprint, Set<String> taken) {
        String base = slug(stem(fileName));
        if (base.isEmpty()) base = "article-" + fingerprint.substring(0, 10);
        if (FileNames.reserved(base)) base = "article-" + base;
        String id = base;
        for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
        return id;
    }

    /** The ASCII form of a name, or empty when letters would be lost (a name in Arabic, say). */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        boolean otherLetters = ascii.codePoints().anyMatch(c -> Character.isLetter(c) && c > 0x7F);
        if (otherLetters) return "";
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (slug.length() > MAX_LENGTH) slug = slug.substring(0, MAX_LENGTH).replaceAll("[-_]+$", "");
        return slug;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
