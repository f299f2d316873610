package org.maqal.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Readability;
import org.maqal.model.TokenList;
import org.maqal.text.ArabicLetters;
import org.maqal.text.WordMemo;

/**
 * Measures readability: words per sentence, letters per word, the share of long words (more than six
 * letters), the type-token ratio, and the share of the article's vocabulary outside the corpus's
 * most frequent words (those that together make up three quarters of the corpus's vocabulary
 * tokens). Thread-safe.
 */
final class ReadabilityMeter {
    private static final int LONG_WORD_LETTERS = 6;
    private static final double COMMON_COVERAGE = 0.75;

    /** How many letters each normal form has, by word id where it has one. */
    private final WordMemo<Integer> letterCounts = WordMemo.of(ArabicLetters::countLetters);

    /**
     * Measures one article; {@code common} marks, by key number, the corpus's frequent word keys
     * ({@link #commonWords}), and {@code wordIds} are its tokens' word ids
     * ({@link org.maqal.text.TextPipeline.Text#wordIds}), or null. One id is one normal form, so
     * distinct words are told apart by id where the tokens have one.
     */
    Readability measure(ArticleAnalysis analysis, VocabularyBuilder.Counts counts, boolean[] common, int[] wordIds) {
        int words = 0;
        long letters = 0;
        int longWords = 0;
        TokenList tokens = TokenList.copyOf(analysis.tokens());
        int tableSize = Integer.highestOneBit(tokens.size() + tokens.size() / 3 + 1) << 1;
        String[] types = null;
        int[] numbered = new int[tableSize];
        int distinct = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isArabicWord(i)) continue;
            String normal = tokens.normal(i);
            int id = wordIds == null ? -1 : wordIds[i];
            int n = letterCounts.get(normal, id);
            words++;
            letters += n;
            if (n > LONG_WORD_LETTERS) longWords++;
            if (id >= 0) {
                if (addType(numbered, id)) distinct++;
            } else {
                if (types == null) types = new String[tableSize];
                if (addType(types, normal)) distinct++;
            }
        }
        int rare = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (!common[counts.keys()[i]]) rare += counts.words().count(i);
        }
        int sentences = analysis.sentences().size();
        return new Readability(words, sentences,
                ratio(words, sentences), ratio(letters, words), ratio(longWords, words),
                ratio(distinct, words), ratio(rare, counts.total()));
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

    /** Adds a word id to an open-addressing set of ids plus one, at most three quarters full; whether it was not there yet. */
    private static boolean addType(int[] set, int id) {
        int mask = set.length - 1;
        for (int i = (id * 0x9E3779B9) >>> 7 & mask; ; i = (i + 1) & mask) {
            int there = set[i];
            if (there == 0) {
                set[i] = id + 1;
                return true;
            }
            if (there == id + 1) return false;
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
