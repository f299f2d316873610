package org.maqal.app;

import java.util.ArrayList;
import java.util.List;
import org.maqal.model.Article;
import org.maqal.text.ArabicNormalizer;

/**
 * Finds every occurrence of a word or phrase in a set of articles, regardless of diacritics,
 * tatweel, alef and hamza forms, ى/ي, ة/ه, Arabic-Indic digits, Latin case and runs of spaces, and
 * gives each hit with its context in the original text. Built once per set of articles; thread-safe.
 */
public final class Concordance {
    /** Characters of context shown on each side of a hit. */
    public static final int CONTEXT = 40;

    /**
     * One occurrence.
     *
     * @param articleId the article it is in
     * @param title     the article's title
     * @param start     offset of the hit in the original text
     * @param end       offset just after it
     * @param before    up to {@link #CONTEXT} characters before it, as written
     * @param match     the hit as written
     * @param after     up to {@link #CONTEXT} characters after it, as written
     */
    public record Hit(String articleId, String title, int start, int end, String before, String match, String after) { }

    private record Indexed(Article article, String folded, int[] origin) { }

    private final List<Indexed> articles;

    public Concordance(List<Article> articles) {
        this.articles = articles.stream().map(Concordance::index).toList();
    }

    /**
     * Every hit of the query, article by article in reading order; empty for a blank query.
     * At most {@code limit} hits.
     */
    public List<Hit> search(String query, int limit) {
        String q = fold(query.strip()).text;
        List<Hit> hits = new ArrayList<>();
        if (q.isEmpty()) return hits;
        for (Indexed a : articles) {
            int from = 0;
            while (hits.size() < limit) {
                int at = a.folded.indexOf(q, from);
                if (at < 0) break;
                hits.add(hit(a, at, at + q.length()));
                from = at + 1;
            }
        }
        return hits;
    }

    private static Hit hit(Indexed a, int foldedStart, int foldedEnd) {
        String text = a.article.text();
        int start = a.origin[foldedStart];
        int end = a.origin[foldedEnd - 1] + 1;
        while (end < text.length() && ignorable(text.charAt(end))) end++;
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return new Hit(a.article.id(), a.article.title(), start, end, oneLine(text.substring(from, start)),
                text.substring(start, end), oneLine(text.substring(end, to)));
    }

    private static Indexed index(Article article) {
        Folded f = fold(article.text());
        return new Indexed(article, f.text, f.origin);
    }

    /** The folded text, with for each of its characters the offset of the original it came from. */
    private record Folded(String text, int[] origin) { }

    private static Folded fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space && out.length() > 0) {
                    origin[out.length()] = i;
                    out.append(' ');
                }
                space = true;
                continue;
            }
            String n = ArabicNormalizer.normalize(String.valueOf(c));
            if (n.isEmpty()) continue;
            space = false;
            for (int k = 0; k < n.length(); k++) {
                origin[out.length()] = i;
                out.append(n.charAt(k));
            }
        }
        return new Folded(out.toString(), origin);
    }

    /** Diacritics and tatweel that follow the last letter of a hit belong to it. */
    private static boolean ignorable(char c) {
        return !Character.isWhitespace(c) && ArabicNormalizer.normalize(String.valueOf(c)).isEmpty();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
