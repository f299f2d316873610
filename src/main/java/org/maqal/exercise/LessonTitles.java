package org.maqal.exercise;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.maqal.model.ArticleReport;
import org.maqal.model.Language;
import org.maqal.text.Numerals;

/** Titles and ids for generated lessons. Stateless. */
final class LessonTitles {
    private LessonTitles() {
    }

    /** The article's title for one article; for several, the first title and how many others. */
    static String of(List<ArticleReport> articles, Language language) {
        String first = articles.get(0).article().title();
        if (articles.size() == 1) return first;
        int others = articles.size() - 1;
        return language == Language.AR
                ? "مقارنة المصادر: " + first + " " + othersInArabic(others)
                : "Comparing sources: " + first + " and " + others + " more";
    }

    /** "and n other articles" with the noun in the number and case Arabic wants after n, n in Arabic-Indic digits. */
    static String othersInArabic(int n) {
        if (n == 1) return "ومقال آخر";
        if (n == 2) return "ومقالان آخران";
        String digits = Numerals.of(n, Language.AR);
        return n <= 10 ? "و" + digits + " مقالات أخرى" : "و" + digits + " مقالًا آخر";
    }

    /** An id safe as a file name: the title's letters and digits joined by dashes, and the seed. */
    static String id(String title, long seed) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return (s.isEmpty() ? "lesson" : s) + "-" + seed;
    }
}
