package org.maqal.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Readability;
import org.maqal.model.TokenList;
import org.maqal.text.ArabicLetters;

/**
 * Measures readability: words per sentence, letters per word, the share of long words (more than six
 * letters), the type-token ratio, and the share of the article's vocabulary outside the corpus's
 * most frequent words (those that together make up three quarters of the corpus's vocabulary
 * tokens). Thread-safe.
 */
final class ReadabilityMeter {
    private static final int LONG_WORD_LETTERS = 6;
    private static final double COMMON_COVERAGE = 0.75;

    /**
     * What readability counts in an article's own words, before the corpus is known: Arabic words,
     * their letters, the long ones among them and the distinct ones.
     */
    record WordMeasures(int words, long letters, int longWords, int distinct) {
    }

    /**
     * One worker's memory of the words it has measured, by word id: each word's letters, and the
     * last article it was counted in, so that telling an article's distinct words apart costs one
     * array read per token. Not thread-safe; one per worker thread.
     */
    static final class Tally {
        /** By word id: 0 not yet known, else the letters plus one. */
        private int[] letters = new int[1024];
        /** By word id: the number of the last article the word was met in, for {@link #firstInArticle}. */
        private int[] lastArticle = new int[1024];
        private int article;

        /** Starts the next article. */
        private void nextArticle() {
            if (article == Integer.MAX_VALUE) {
                Arrays.fill(lastArticle, 0);
                article = 0;
            }
            article++;
        }

        /** The letters of token {@code i}'s word, whose id is {@code id}; its normal form is read only the first time. */
        private int letters(int id, TokenList tokens, int i) {
            if (id >= letters.length) letters = Arrays.copyOf(letters, Math.max(2 * letters.length, id + 1));
            int known = letters[id];
            if (known != 0) return known - 1;
            int n = ArabicLetters.countLetters(tokens.normal(i));
            letters[id] = n + 1;
            return n;
        }

        /** Whether the word with this id is met for the first time in this article. */
        private boolean firstInArticle(int id) {
            if (id >= lastArticle.length) lastArticle = Arrays.copyOf(lastArticle, Math.max(2 * lastArticle.length, id + 1));
            if (lastArticle[id] == article) return false;
            lastArticle[id] = article;
            return true;
        }
    }

    /**
     * Counts an article's own words; {@code wordIds} are its tokens' word ids
     * ({@link org.maqal.text.TextPipeline.Text#wordIds}), or null. One id is one normal form, so
     * distinct words are told apart by id where the tokens have one. Meant for the worker that has
     * just analysed the article, while its tokens are still in the processor's cache.
     */
    WordMeasures wordMeasures(ArticleAnalysis analysis, int[] wordIds, Tally tally) {
        int words = 0;
        long letters = 0;
        int longWords = 0;
        TokenList tokens = TokenList.copyOf(analysis.tokens());
        String[] types = null;
        int distinct = 0;
        tally.nextArticle();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isArabicWord(i)) continue;
            int id = wordIds == null ? -1 : wordIds[i];
            int n;
            boolean first;
            if (id >= 0) {
                // measured and told apart by its id, without reading its normal form
                n = tally.letters(id, tokens, i);
                first = tally.firstInArticle(id);
            } else {
                String normal = tokens.normal(i);
                n = ArabicLetters.countLetters(normal);
                if (types == null) types = new String[Integer.highestOneBit(tokens.size() + tokens.size() / 3 + 1) << 1];
                first = addType(types, normal);
            }
            words++;
            letters += n;
            if (n > LONG_WORD_LETTERS) longWords++;
            if (first) distinct++;
        }
        return new WordMeasures(words, letters, longWords, distinct);
    }

    /**
     * Measures one article from its own words' counts ({@link #wordMeasures}) and its vocabulary
     * counts; {@code common} marks, by key number, the corpus's frequent word keys ({@link #commonWords}).
     */
    Readability measure(ArticleAnalysis analysis, WordMeasures own, VocabularyBuilder.Counts counts, boolean[] common) {
        int rare = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (!common[counts.keys()[i]]) rare += counts.words().count(i);
        }
        int words = own.words();
        int sentences = analysis.sentences().size();
        return new Readability(words, sentences,
                ratio(words, sentences), ratio(own.letters(), words), ratio(own.longWords(), words),
                ratio(own.distinct(), words), ratio(rare, counts.total()));
    }

    /** Adds a word to an open-addressing set at most three quarters full; whether it was not there yet. */
    private static boolean addType(String[] set, String word) {
        int mask = set.length - 1;
        for (int i = word.hashCode() & mask; ; i = (i + 1) & mask) {
            String there = set[i];
            if (there == null) {
                set[i] = word;
                return true;
            }
            if (there.equals(word)) return false;
        }
    }

    /**
     * The corpus's most frequent word keys, covering three quarters of its vocabulary tokens, marked
     * by key number: most frequent first, keys of one count in the order of their text.
     */
    boolean[] commonWords(VocabularyBuilder.Totals totals) {
        int[] count = totals.count();
        String[] keys = totals.keys();
        Integer[] ranked = IntStream.range(0, count.length).filter(k -> count[k] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(ranked, Comparator.<Integer>comparingInt(k -> -count[k]).thenComparing(k -> keys[k]));
        boolean[] common = new boolean[count.length];
        long covered = 0;
        for (int k : ranked) {
            if (covered >= COMMON_COVERAGE * totals.total()) break;
            common[k] = true;
            covered += count[k];
        }
        return common;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
