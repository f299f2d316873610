package org.maqal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.maqal.model.Article;
import org.maqal.model.Progress;
import org.maqal.text.ArabicNormalizer;

/**
 * Finds every occurrence of a word or phrase in a set of articles, regardless of diacritics,
 * tatweel, alef and hamza forms, ى/ي, ة/ه, Arabic-Indic digits, Latin case and runs of spaces, and
 * gives each hit with its context in the original text.
 *
 * <p>Nothing is indexed: each search folds one article at a time into a buffer it reuses, so the
 * memory a search needs is that of the longest article, whatever the size of the library, and
 * building a concordance costs nothing. A search over 10,000 articles (about 50 MB) takes a
 * fraction of a second of one core; {@link #search(String, int, Consumer, Progress)} hands hits
 * over as it finds them and stops when its thread is interrupted. Thread-safe: searches may run at
 * once on several threads.
 */
public final class Concordance {
    /** Characters of context, at most, on each side of a hit. */
    public static final int CONTEXT = 40;
    /** Marks the side of a context where the article's text goes on. */
    public static final String ELLIPSIS = "…";

    /** How often, in articles, a search reports progress when it finds nothing. */
    private static final int PROGRESS_EVERY = 64;

    /**
     * One occurrence.
     *
     * @param articleId the article it is in
     * @param title     the article's title
     * @param start     offset of the hit in the original text
     * @param end       offset just after it
     * @param before    the whole words in the {@link #CONTEXT} characters before it, as written but with
     *                  each run of whitespace one space; {@link #ELLIPSIS} first where the text goes on
     * @param match     the hit as written
     * @param after     the whole words in the {@link #CONTEXT} characters after it, likewise, with
     *                  {@link #ELLIPSIS} last where the text goes on
     */
    public record Hit(String articleId, String title, int start, int end, String before, String match, String after) { }

    /**
     * How a search ended.
     *
     * @param hits   how many hits it handed over
     * @param capped whether it stopped at its limit with more hits left
     */
    public record Summary(int hits, boolean capped) { }

    private final List<Article> articles;

    /** A concordance of these articles, searched in this order. */
    public Concordance(List<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    /** How many articles a search goes through. */
    public int size() {
        return articles.size();
    }

    /**
     * Every hit of the query, article by article in reading order; empty for a blank query.
     * At most {@code limit} hits. If the calling thread is interrupted, returns what it has found and
     * keeps the thread's interrupt status.
     */
    public List<Hit> search(String query, int limit) {
        List<Hit> hits = new ArrayList<>();
        try {
            search(query, limit, hits::add, Progress.NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return hits;
    }

    /**
     * Searches article by article in reading order, handing each hit to {@code sink} as soon as it is
     * found, and telling {@code progress} how many articles it has gone through (after every article
     * with a hit, and every so often otherwise). Stops at {@code limit} hits; the summary says whether
     * there were more. A blank query finds nothing.
     *
     * @throws InterruptedException     when the thread is interrupted; the hits handed over stay valid
     * @throws IllegalArgumentException when the limit is not positive
     */
    public Summary search(String query, int limit, Consumer<Hit> sink, Progress progress) throws InterruptedException {
        if (limit < 1) throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
        FoldedText q = new FoldedText();
        q.fold(query.strip());
        if (q.length == 0) return new Summary(0, false);
        char[] pattern = q.chars();
        FoldedText text = new FoldedText();
        int found = 0;
        int total = articles.size();
        for (int i = 0; i < total; i++) {
            if (Thread.interrupted()) throw new InterruptedException();
            Article article = articles.get(i);
            text.fold(article.text());
            int before = found;
            for (int at = text.indexOf(pattern, 0); at >= 0; at = text.indexOf(pattern, at + 1)) {
                if (found == limit) {
                    progress.update(i + 1, total);
                    return new Summary(found, true);
                }
                sink.accept(text.hit(article, at, at + pattern.length));
                found++;
            }
            if (found > before || (i + 1) % PROGRESS_EVERY == 0 || i + 1 == total) progress.update(i + 1, total);
        }
        return new Summary(found, false);
    }

    /**
     * A text folded for matching, with for each folded character the offset of the original it came
     * from. Reused from article to article, so its arrays grow to the longest article and no further.
     */
    private static final class FoldedText {
        /** Each character's folded form: 0 for one that is dropped, a space for any whitespace. */
        private static final char[] FOLD = foldTable();

        private char[] chars = new char[256];
        private int[] origin = new int[256];
        private int length;

        void fold(String text) {
            if (chars.length < text.length()) {
                chars = new char[text.length()];
                origin = new int[text.length()];
            }
            length = 0;
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = FOLD[text.charAt(i)];
                if (c == 0) continue;
                if (c == ' ') {
                    if (!space && length > 0) add(' ', i);
                    space = true;
                } else {
                    space = false;
                    add(c, i);
                }
            }
        }

        private void add(char c, int from) {
            chars[length] = c;
            origin[length] = from;
            length++;
        }

        char[] chars() {
            char[] out = new char[length];
            System.arraycopy(chars, 0, out, 0, length);
            return out;
        }

        int indexOf(char[] pattern, int from) {
            char first = pattern[0];
            int last = length - pattern.length;
            for (int i = from; i <= last; i++) {
                if (chars[i] != first) continue;
                int k = 1;
                while (k < pattern.length && chars[i + k] == pattern[k]) k++;
                if (k == pattern.length) return i;
            }
            return -1;
        }

        Hit hit(Article article, int foldedStart, int foldedEnd) {
            String text = article.text();
            int start = origin[foldedStart];
            int end = origin[foldedEnd - 1] + 1;
            while (end < text.length() && FOLD[text.charAt(end)] == 0) end++;
            int from = wordStart(text, Math.max(0, start - CONTEXT), start);
            int to = wordEnd(text, Math.min(text.length(), end + CONTEXT), end);
            String before = oneLine(text.substring(from, start));
            String after = oneLine(text.substring(end, to));
            return new Hit(article.id(), article.title(), start, end, from > 0 ? ELLIPSIS + before.stripLeading() : before,
                    text.substring(start, end), to < text.length() ? after.stripTrailing() + ELLIPSIS : after);
        }

        /** The context's start moved on to the next word if it falls inside one (unless the word reaches the hit). */
        private static int wordStart(String text, int from, int start) {
            if (from == 0 || Character.isWhitespace(text.charAt(from - 1))) return from;
            for (int i = from; i < start; i++) if (Character.isWhitespace(text.charAt(i))) return i + 1;
            return from;
        }

        /** The context's end moved back to the previous word's end if it falls inside one (unless the word reaches the hit). */
        private static int wordEnd(String text, int to, int end) {
            if (to == text.length() || Character.isWhitespace(text.charAt(to))) return to;
            for (int i = to - 1; i >= end; i--) if (Character.isWhitespace(text.charAt(i))) return i;
            return to;
        }

        private static char[] foldTable() {
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int c = 1; c <= Character.MAX_VALUE; c++) {
                if (Character.isWhitespace(c)) {
                    table[c] = ' ';
                } else {
                    String n = ArabicNormalizer.normalize(String.valueOf((char) c));
                    if (n.length() > 1) throw new IllegalStateException("A character folds to more than one: " + c);
                    table[c] = n.isEmpty() ? 0 : n.charAt(0);
                }
            }
            return table;
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
