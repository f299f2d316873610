package org.maqal.analysis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.Span;
import org.maqal.model.TokenList;
import org.maqal.model.VocabularyItem;
import org.maqal.model.VocabularyList;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.WordMemo;

/**
 * Builds each article's vocabulary against the corpus: groups of forms of one word, each under a
 * headword that a learner can look up (a form as written, without attached conjunctions or
 * prepositions, never a bare stem), with its count, the number of articles it occurs in, its keyness
 * (Dunning's log-likelihood of its frequency in the article against the rest of the corpus, negative
 * when the article uses it less than the rest) and whether it is topic vocabulary (in at least half
 * the articles, and at least two). Names, number words and function words are never vocabulary;
 * the counted nouns of figures (جندي، موظف) are.
 * Best first: frequent in the article, weighted by how particular it is; an item's forms most
 * frequent first, forms of one count in the order the article first uses them.
 * Counting keeps each key as a number of the run ({@link KeyNumbers}), so that an article's counts
 * and the corpus totals are arrays rather than maps of strings. Thread-safe.
 */
final class VocabularyBuilder {
    private final NumberWords numberWords = NumberWords.standard();
    private final Scales scales = Scales.standard();
    /** What counting needs to know of a content word's normal form, whatever its place in the text. */
    private final WordMemo<Form> forms = WordMemo.of(w -> new Form(VocabularyKeys.eligibleForm(w) && !isNumber(w),
            VocabularyKeys.possessiveAfterTeh(w)));

    /**
     * What counting needs to know of a normal form.
     *
     * @param countable          whether it can be vocabulary
     * @param possessiveAfterTeh {@link VocabularyKeys#possessiveAfterTeh}, for its key
     */
    private record Form(boolean countable, boolean possessiveAfterTeh) {
    }

    /**
     * One worker's part of an analysis run: the run's key numbers, each word id's key number (so a
     * word met again costs one array read), the keys and normal forms it has counted, and room to
     * count one article at a time. Not thread-safe; one per worker thread.
     */
    static final class Tally {
        /** By word id: 0 not yet known, -1 never vocabulary, else the key number plus one. */
        private int[] keyOfWord = new int[1024];
        private final KeyNumbers keys;
        private final BitSet keysSeen = new BitSet();
        private final BitSet normalsSeen = new BitSet();
        private final Set<String> lexicon = new HashSet<>();
        /** The article's words while they are counted. */
        private final WordCounter words = new WordCounter();

        /** A fresh worker's part of the run whose key numbers are {@code keys}, shared by all its workers. */
        Tally(KeyNumbers keys) {
            this.keys = keys;
        }

        /** Another worker's part joined into this one. */
        Tally join(Tally other) {
            keysSeen.or(other.keysSeen);
            lexicon.addAll(other.lexicon);
            return this;
        }
    }

    /**
     * Word counts of one article: each word's key number and its forms (a row of {@code words}
     * each), in the order the article first uses them, and how many words were counted in all.
     */
    record Counts(int[] keys, WordCounts words, int total) {
        /** How many different words. */
        int size() { return keys.length; }
    }

    /**
     * Counts the vocabulary-eligible words of one article, keyed by the light stem of their forms;
     * {@code wordIds} are its tokens' word ids ({@link org.maqal.text.TextPipeline.Text#wordIds}), or
     * null, and {@code named} marks the tokens that are part of a name ({@link #namedTokens}).
     */
    Counts count(ArticleAnalysis analysis, int[] wordIds, boolean[] named, Tally tally) {
        TokenList tokens = TokenList.copyOf(analysis.tokens());
        int n = tokens.size();
        WordCounter words = tally.words;
        words.clear();
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (!tokens.isContentWord(i) || named[i]) continue;
            int id = wordIds == null ? -1 : wordIds[i];
            int key = keyNumber(tokens, i, id, tally);
            if (key < 0) continue;
            String normal = tokens.normal(i);
            boolean newForm = words.addToken(words.rowOf(key), tokens.text(i), normal, tokens.sentence(i));
            tally.keysSeen.set(key);
            if (id >= 0 ? !tally.normalsSeen.get(id) : newForm) {
                if (id >= 0) tally.normalsSeen.set(id);
                tally.lexicon.add(normal);
            }
            total++;
        }
        return new Counts(words.keys(), words.counts(), total);
    }

    /** The key number of the token at {@code i}, or -1 when it cannot be vocabulary; remembered by word id. */
    private int keyNumber(TokenList tokens, int i, int id, Tally tally) {
        if (id >= 0 && id < tally.keyOfWord.length && tally.keyOfWord[id] != 0) return tally.keyOfWord[id] - 1;
        String normal = tokens.normal(i);
        Form form = forms.get(normal, id);
        int key = form.countable() ? tally.keys.number(VocabularyKeys.key(tokens.stem(i), form.possessiveAfterTeh())) : -1;
        if (id >= 0) {
            if (id >= tally.keyOfWord.length) tally.keyOfWord = Arrays.copyOf(tally.keyOfWord, Math.max(2 * tally.keyOfWord.length, id + 1));
            tally.keyOfWord[id] = key + 1;
        }
        return key;
    }

    /**
     * What the articles' counts say together, from the keys and forms all workers saw: which keys are
     * the same word with a bare attached letter (Lucene's light stemmer leaves the preposition of
     * بمهمته، لقوات), and every normal form counted.
     */
    Corpus corpus(Tally seen) {
        String[] keys = seen.keys.keys();
        int[] canonical = new int[keys.length];
        for (int id = 0; id < keys.length; id++) {
            canonical[id] = id;
            if (!seen.keysSeen.get(id)) continue;
            String k = keys[id];
            int to = id;
            while (k.length() > 3 && "وفبلك".indexOf(k.charAt(0)) >= 0) {
                int shorter = seen.keys.find(k.substring(1));
                if (shorter < 0 || !seen.keysSeen.get(shorter)) break;
                k = k.substring(1);
                to = shorter;
            }
            canonical[id] = to;
        }
        return new Corpus(keys, canonical, Set.copyOf(seen.lexicon));
    }

    /** The run's keys by number, which keys merge into which ({@code canonical}, by number), and every normalised form counted. */
    record Corpus(String[] keys, int[] canonical, Set<String> lexicon) {
        /** An article's counts with the keys of one word merged; when any merge, its rows are counted afresh in {@code words}. */
        Counts merged(Counts raw, WordCounter words) {
            boolean any = false;
            for (int i = 0; i < raw.size() && !any; i++) any = canonical[raw.keys()[i]] != raw.keys()[i];
            if (!any) return raw;
            // each merged word's row comes where its first key's row was, and takes the rows of its keys in their order
            words.clear();
            for (int i = 0; i < raw.size(); i++) words.merge(words.rowOf(canonical[raw.keys()[i]]), raw.words(), i);
            return new Counts(words.keys(), words.counts(), raw.total());
        }
    }

    /** Corpus-wide word totals by key number: in how many articles each key occurs, and how often. */
    record Totals(String[] keys, int[] articlesWith, int[] count, long total, int articles, Set<String> lexicon) {
    }

    /**
     * Word totals of some articles by key number, the keys of one word merged ({@link Corpus#canonical});
     * gather parts apart, then join them.
     */
    static final class Sums {
        private final int[] canonical;
        private final int[] articlesWith;
        private final int[] count;
        /** The last article (numbered from 1 in this part) each merged key was counted in, to count it once per article. */
        private final int[] lastArticle;
        private long total;
        private int articles;

        Sums(Corpus corpus) {
            canonical = corpus.canonical();
            articlesWith = new int[corpus.keys().length];
            count = new int[corpus.keys().length];
            lastArticle = new int[corpus.keys().length];
        }

        /**
         * Adds an article's counts as {@link Corpus#merged} would give them, without merging its rows:
         * the totals only need each merged key's count and whether the article has it.
         */
        void add(Counts raw) {
            total += raw.total();
            articles++;
            for (int i = 0; i < raw.size(); i++) {
                int key = canonical[raw.keys()[i]];
                if (lastArticle[key] != articles) {
                    lastArticle[key] = articles;
                    articlesWith[key]++;
                }
                count[key] += raw.words().count(i);
            }
        }

        Sums join(Sums other) {
            total += other.total;
            articles += other.articles;
            for (int k = 0; k < count.length; k++) {
                articlesWith[k] += other.articlesWith[k];
                count[k] += other.count[k];
            }
            return this;
        }
    }

    /** Corpus-wide word totals from the sums over all articles. */
    Totals totals(Sums sums, Corpus corpus) {
        return new Totals(corpus.keys(), sums.articlesWith, sums.count, sums.total, sums.articles, corpus.lexicon());
    }

    /** One article's vocabulary against the corpus totals, best first. */
    List<VocabularyItem> items(Counts c, Totals totals) {
        int n = totals.articles();
        int topicThreshold = Math.max(2, (n + 1) / 2);
        int size = c.size();
        String[] headwords = new String[size];
        List<String>[] forms = newLists(size);
        int[] articles = new int[size];
        double[] keyness = new double[size];
        double[] negatedScores = new double[size];
        Keyness.Against against = new Keyness.Against(c.total(), totals.total() - c.total());
        double logArticles = Keyness.log(n);
        WordCounts words = c.words();
        for (int r = 0; r < size; r++) {
            int key = c.keys()[r];
            int count = words.count(r);
            headwords[r] = headword(words, r, totals.lexicon());
            forms[r] = words.forms(r) == 1 ? null : forms(words, r);
            articles[r] = totals.articlesWith()[key];
            keyness[r] = against.logLikelihood(count, totals.count()[key] - count);
            // score: count × (1 + ln(articles in the corpus / articles with the word)) + a quarter of a positive keyness
            negatedScores[r] = -(count * (1 + logArticles - Keyness.log(articles[r])) + Math.max(0, keyness[r]) / 4);
        }
        VocabularyList.Builder best = new VocabularyList.Builder(size);
        for (int r : BestFirst.order(headwords, negatedScores)) {
            List<String> itemForms = forms[r] != null ? forms[r] : List.of(words.written(r, 0));
            best.add(headwords[r], totals.keys()[c.keys()[r]], itemForms, words.count(r), articles[r], keyness[r],
                    n > 1 && articles[r] >= topicThreshold, words.firstSentence(r));
        }
        return best.build();
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newLists(int n) {
        return (List<String>[]) new List<?>[n];
    }

    /** The written forms, most frequent first, forms of one count in the order first seen (a stable insertion sort: words have few forms). */
    private static List<String> forms(WordCounts words, int row) {
        int n = words.forms(row);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j > 0 && words.count(row, order[j - 1]) < words.count(row, i)) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = words.written(row, order[i]);
        return List.of(out);
    }

    /**
     * The most frequent form that is not another form with a prefix attached; failing that, the most
     * frequent form with its prefixes taken off where they are followed by the definite article, or
     * where what is left is a word the corpus uses elsewhere ({@code lexicon}, normalised forms).
     */
    static String headword(WordCounts words, int row, Set<String> lexicon) {
        if (words.forms(row) == 1 && (words.normal(row, 0).length() <= 4 || !hasProclitic(words.normal(row, 0)))) return words.written(row, 0);
        // each normal form once, in the order first seen, with its count and its most frequent written form
        String[] normals = new String[words.forms(row)];
        int[] totals = new int[words.forms(row)];
        int[] writtenAt = new int[words.forms(row)];
        int n = 0;
        for (int i = 0; i < words.forms(row); i++) {
            int j = Words.indexOf(normals, n, words.normal(row, i));
            if (j < 0) {
                j = n++;
                normals[j] = words.normal(row, i);
                writtenAt[j] = i;
            } else if (words.count(row, writtenAt[j]) < words.count(row, i)) {
                writtenAt[j] = i;
            }
            totals[j] += words.count(row, i);
        }
        int best = -1;
        for (int j = 0; j < n; j++) {
            if (hasShorterForm(normals[j], normals, n)) continue;
            if (best < 0 || totals[j] > totals[best] || totals[j] == totals[best] && normals[j].compareTo(normals[best]) < 0) best = j;
        }
        if (best >= 0) return words.written(row, writtenAt[best]);
        Map<String, Integer> byNormal = new HashMap<>();
        Map<String, String> writtenOf = new HashMap<>();
        for (int j = 0; j < n; j++) {
            byNormal.put(normals[j], totals[j]);
            writtenOf.put(normals[j], words.written(row, writtenAt[j]));
        }
        String top = byNormal.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String stripped = VocabularyKeys.withoutProclitics(top);
        if (stripped.equals(top) && top.length() > 4 && (top.startsWith("و") || top.startsWith("ف"))
                && lexicon.contains(top.substring(1))) {
            stripped = top.substring(1);
        }
        String written = writtenOf.get(top);
        if (stripped.equals(top) || stripped.length() < 3) return written;
        if (top.endsWith(stripped)) return dropLetters(written, top.length() - stripped.length());
        return "ال" + dropLetters(written, 2);
    }

    /** The written form without its first {@code letters} letters (diacritics over them go too). */
    private static String dropLetters(String written, int letters) {
        int i = 0;
        int dropped = 0;
        while (i < written.length() && dropped < letters) {
            i++;
            dropped++;
            while (i < written.length() && ArabicNormalizer.normalize(String.valueOf(written.charAt(i))).isEmpty()) i++;
        }
        return written.substring(i);
    }

    private static boolean hasProclitic(String normal) {
        return "وفبلك".indexOf(normal.charAt(0)) >= 0;
    }

    /**
     * Whether another of the normal forms is this one without an attached و ف ب ل ك, with ال for
     * its لل, or without its ال.
     */
    private static boolean hasShorterForm(String normal, String[] forms, int n) {
        int length = normal.length();
        if (length < 4) return false;
        char first = normal.charAt(0);
        boolean proclitic = first == 'و' || first == 'ف' || first == 'ب' || first == 'ل' || first == 'ك';
        boolean lam = normal.startsWith("لل");
        boolean article = normal.startsWith("ال");
        for (int j = 0; j < n; j++) {
            String f = forms[j];
            if (proclitic && f.length() == length - 1 && normal.regionMatches(1, f, 0, length - 1)) return true;
            if (lam && f.length() == length && f.startsWith("ال") && normal.regionMatches(2, f, 2, length - 2)) return true;
            if (article && f.length() == length - 2 && normal.regionMatches(2, f, 0, length - 2)) return true;
        }
        return false;
    }

    /** A number word or a scale (سبع، عشرة، آلاف، مليون), with or without attached letters. */
    private boolean isNumber(String normal) {
        return CliticReadings.find(normal, w -> numberWords.isNumberWord(w) || scales.of(w).isPresent()).isPresent();
    }

    /**
     * Which of the tokens are part of a name: those that overlap a mention of one of the entities
     * (a token with an attached letter, "وراسموسن", is part of it too). Names are never vocabulary.
     * A fresh analysis has them from its {@link EntityIndex#namedTokens}, which covers the same tokens.
     */
    static boolean[] namedTokens(TokenList tokens, List<Entity> entities) {
        boolean[] named = new boolean[tokens.size()];
        for (Entity e : entities) {
            List<Span> mentions = e.mentions();
            for (int m = 0; m < mentions.size(); m++) {
                Span s = mentions.get(m);
                int start = tokens.firstEndingAfter(s.start());
                int end = tokens.firstStartingFrom(s.end());
                if (start < end) Arrays.fill(named, start, end, true);
            }
        }
        return named;
    }
}
