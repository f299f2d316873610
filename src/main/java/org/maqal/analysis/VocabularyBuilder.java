package org.maqal.analysis;

import java.util.Arrays;
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
 * Best first: frequent in the article, weighted by how particular it is. Thread-safe.
 */
public final class VocabularyBuilder {
    private final NumberWords numberWords = NumberWords.standard();
    private final Scales scales = Scales.standard();
    /** The list of one form, shared by every item that has only that form. */
    private final WordMemo<List<String>> singleForms = WordMemo.of(List::of);
    private final ThreadLocal<WordMemo.Recent<List<String>>> recentForms = ThreadLocal.withInitial(WordMemo.Recent::new);
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

    /** Word counts of one article, keyed by the shared key of a word's forms. */
    public record Counts(Map<String, WordCount> words, int total) {
    }

    /**
     * One word's forms in one article: each written form with its count, and the first sentence it
     * is in. Most words have one form, kept in fields; arrays are made for the second.
     */
    public static final class WordCount {
        private String written0;
        private String normal0;
        private int count0;
        private String[] written;
        private String[] normal;
        private int[] counts;
        private int size;
        private int count;
        private int firstSentence = -1;

        void addToken(String written, String normalForm, int sentence) {
            add(written, normalForm, 1);
            count++;
            if (firstSentence < 0) firstSentence = sentence;
        }

        private void add(String form, String normalForm, int n) {
            if (size > 0 && written0.equals(form)) {
                count0 += n;
                return;
            }
            for (int i = 1; i < size; i++) {
                if (written[i].equals(form)) {
                    counts[i] += n;
                    return;
                }
            }
            if (size == 0) {
                written0 = form;
                normal0 = normalForm;
                count0 = n;
                size = 1;
                return;
            }
            if (written == null || size == written.length) {
                int length = Math.max(4, size * 2);
                written = written == null ? new String[length] : Arrays.copyOf(written, length);
                normal = normal == null ? new String[length] : Arrays.copyOf(normal, length);
                counts = counts == null ? new int[length] : Arrays.copyOf(counts, length);
            }
            written[size] = form;
            normal[size] = normalForm;
            counts[size++] = n;
        }

        /** The i-th written form, in the order first seen. */
        String written(int i) { return i == 0 ? written0 : written[i]; }

        /** The normal form of the i-th written form. */
        String normal(int i) { return i == 0 ? normal0 : normal[i]; }

        /** How often the i-th written form occurs. */
        int count(int i) { return i == 0 ? count0 : counts[i]; }

        WordCount copy() {
            WordCount c = new WordCount();
            c.merge(this);
            return c;
        }

        void merge(WordCount other) {
            for (int i = 0; i < other.size; i++) add(other.written(i), other.normal(i), other.count(i));
            count += other.count;
            if (firstSentence < 0 || other.firstSentence >= 0 && other.firstSentence < firstSentence) {
                firstSentence = other.firstSentence;
            }
        }

        public int count() { return count; }

        int forms() { return size; }
    }

    /** Counts the vocabulary-eligible words of one article, keyed by the light stem of their forms. */
    public Counts count(ArticleAnalysis analysis) {
        return count(analysis, null);
    }

    /**
     * Counts the vocabulary-eligible words of one article, keyed by the light stem of their forms;
     * {@code wordIds} are its tokens' word ids ({@link org.maqal.text.TextPipeline.Text#wordIds}), or null.
     */
    Counts count(ArticleAnalysis analysis, int[] wordIds) {
        Excluded excluded = Excluded.of(analysis);
        Map<String, WordCount> words = new HashMap<>();
        int total = 0;
        int next = 0;
        TokenList tokens = TokenList.copyOf(analysis.tokens());
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isContentWord(i)) continue;
            Form form = forms.get(tokens.normal(i), wordIds == null ? -1 : wordIds[i]);
            if (!form.countable()) continue;
            int start = tokens.start(i);
            while (next < excluded.size && excluded.ends[next] <= start) next++;
            if (excluded.overlaps(start, tokens.end(i), next)) continue;
            words.computeIfAbsent(VocabularyKeys.key(tokens.stem(i), form.possessiveAfterTeh()), k -> new WordCount())
                    .addToken(tokens.text(i), tokens.normal(i), tokens.sentence(i));
            total++;
        }
        return new Counts(words, total);
    }

    /**
     * What the articles' counts say together: which keys are the same word with a bare attached
     * letter (Lucene's light stemmer leaves the preposition of بمهمته، لقوات) and every form seen.
     */
    public Corpus corpus(List<Counts> raw) {
        Seen seen = new Seen();
        raw.forEach(seen::add);
        return corpus(seen);
    }

    /** The word keys and normal forms seen in some articles' counts; gather parts apart, then join them. */
    static final class Seen {
        private final Set<String> keys = new HashSet<>();
        private final Set<String> forms = new HashSet<>();

        void add(Counts c) {
            for (Map.Entry<String, WordCount> e : c.words().entrySet()) {
                keys.add(e.getKey());
                WordCount wc = e.getValue();
                for (int i = 0; i < wc.size; i++) forms.add(wc.normal(i));
            }
        }

        Seen join(Seen other) {
            keys.addAll(other.keys);
            forms.addAll(other.forms);
            return this;
        }
    }

    /** What the articles' counts say together, from the keys and forms seen in all of them. */
    Corpus corpus(Seen seen) {
        Set<String> keys = seen.keys;
        Map<String, String> canonical = new HashMap<>();
        for (String key : keys) {
            String k = key;
            while (k.length() > 3 && "وفبلك".indexOf(k.charAt(0)) >= 0 && keys.contains(k.substring(1))) k = k.substring(1);
            if (!k.equals(key)) canonical.put(key, k);
        }
        return new Corpus(Map.copyOf(canonical), Set.copyOf(seen.forms));
    }

    /** Word keys to merge, and every normalised form in the corpus. */
    public record Corpus(Map<String, String> canonical, Set<String> lexicon) {
        /** An article's counts with the keys of one word merged. */
        public Counts merged(Counts raw) {
            boolean any = false;
            for (String key : raw.words().keySet()) {
                if (canonical.containsKey(key)) {
                    any = true;
                    break;
                }
            }
            if (!any) return raw;
            Map<String, WordCount> merged = new HashMap<>(raw.words().size() * 2);
            Set<String> copied = new HashSet<>();
            for (Map.Entry<String, WordCount> e : raw.words().entrySet()) {
                String key = canonical.getOrDefault(e.getKey(), e.getKey());
                WordCount existing = merged.get(key);
                if (existing == null) {
                    merged.put(key, e.getValue());
                } else {
                    if (copied.add(key)) {
                        existing = existing.copy();
                        merged.put(key, existing);
                    }
                    existing.merge(e.getValue());
                }
            }
            return new Counts(merged, raw.total());
        }
    }

    /**
     * Corpus-wide word totals: in how many articles each key occurs, and how often; {@code byKey}
     * holds both for each key side by side ({@code [articles, count]}), for one look-up per word.
     */
    public record Totals(Map<String, Integer> articlesWith, Map<String, Integer> count, long total, int articles,
                         Set<String> lexicon, Map<String, int[]> byKey) {
    }

    /** Sums the merged counts of every article. */
    public Totals totals(List<Counts> counts, Set<String> lexicon) {
        Sums sums = new Sums();
        counts.forEach(sums::add);
        return totals(sums, lexicon);
    }

    /** Word totals of some articles: for each key, in how many of them it occurs and how often; gather parts apart, then join them. */
    static final class Sums {
        private final Map<String, int[]> byKey = new HashMap<>();
        private long total;
        private int articles;

        void add(Counts c) {
            total += c.total();
            articles++;
            for (Map.Entry<String, WordCount> e : c.words().entrySet()) {
                int[] sum = byKey.computeIfAbsent(e.getKey(), k -> new int[2]);
                sum[0]++;
                sum[1] += e.getValue().count();
            }
        }

        Sums join(Sums other) {
            total += other.total;
            articles += other.articles;
            for (Map.Entry<String, int[]> e : other.byKey.entrySet()) {
                int[] sum = byKey.computeIfAbsent(e.getKey(), k -> new int[2]);
                sum[0] += e.getValue()[0];
                sum[1] += e.getValue()[1];
            }
            return this;
        }
    }

    /** Corpus-wide word totals from the sums over all articles. */
    Totals totals(Sums sums, Set<String> lexicon) {
        Map<String, Integer> articlesWith = new HashMap<>(sums.byKey.size() * 2);
        Map<String, Integer> corpusCount = new HashMap<>(sums.byKey.size() * 2);
        for (Map.Entry<String, int[]> e : sums.byKey.entrySet()) {
            articlesWith.put(e.getKey(), e.getValue()[0]);
            corpusCount.put(e.getKey(), e.getValue()[1]);
        }
        return new Totals(articlesWith, corpusCount, sums.total, sums.articles, lexicon, sums.byKey);
    }

    /** One article's vocabulary against the corpus totals, best first. */
    public List<VocabularyItem> items(Counts c, Totals totals) {
        WordMemo.Recent<List<String>> recent = recentForms.get();
        int n = totals.articles();
        int topicThreshold = Math.max(2, (n + 1) / 2);
        VocabularyItem[] items = new VocabularyItem[c.words().size()];
        double[] negatedScores = new double[items.length];
        int r = 0;
        for (Map.Entry<String, WordCount> e : c.words().entrySet()) {
            String key = e.getKey();
            WordCount wc = e.getValue();
            int[] sum = totals.byKey().get(key);
            int articles = sum[0];
            double keyness = Keyness.logLikelihood(wc.count(), c.total(), sum[1] - wc.count(), totals.total() - c.total());
            VocabularyItem item = new VocabularyItem(headword(wc, totals.lexicon()), key, forms(wc, recent), wc.count(), articles,
                    keyness, n > 1 && articles >= topicThreshold, wc.firstSentence);
            negatedScores[r] = -score(item, n);
            items[r++] = item;
        }
        return List.of(BestFirst.sorted(items, negatedScores));
    }

    private static double score(VocabularyItem v, int articlesInCorpus) {
        return v.count() * (1 + Math.log((double) articlesInCorpus / v.articles())) + Math.max(0, v.keyness()) / 4;
    }

    private List<String> forms(WordCount wc, WordMemo.Recent<List<String>> recent) {
        if (wc.size == 1) return singleForms.get(wc.written(0), recent);
        Integer[] order = new Integer[wc.size];
        for (int i = 0; i < wc.size; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> wc.count(b) - wc.count(a));
        String[] out = new String[wc.size];
        for (int i = 0; i < wc.size; i++) out[i] = wc.written(order[i]);
        return List.of(out);
    }

    /**
     * The most frequent form that is not another form with a prefix attached; failing that, the most
     * frequent form with its prefixes taken off where they are followed by the definite article, or
     * where what is left is a word the corpus uses elsewhere ({@code lexicon}, normalised forms).
     */
    static String headword(WordCount wc, Set<String> lexicon) {
        if (wc.size == 1 && (wc.normal(0).length() <= 4 || !hasProclitic(wc.normal(0)))) return wc.written(0);
        // each normal form once, in the order first seen, with its count and its most frequent written form
        String[] normals = new String[wc.size];
        int[] totals = new int[wc.size];
        int[] writtenAt = new int[wc.size];
        int n = 0;
        for (int i = 0; i < wc.size; i++) {
            int j = indexOf(normals, n, wc.normal(i));
            if (j < 0) {
                j = n++;
                normals[j] = wc.normal(i);
                writtenAt[j] = i;
            } else if (wc.count(writtenAt[j]) < wc.count(i)) {
                writtenAt[j] = i;
            }
            totals[j] += wc.count(i);
        }
        int best = -1;
        for (int j = 0; j < n; j++) {
            if (hasShorterForm(normals[j], normals, n)) continue;
            if (best < 0 || totals[j] > totals[best] || totals[j] == totals[best] && normals[j].compareTo(normals[best]) < 0) best = j;
        }
        if (best >= 0) return wc.written(writtenAt[best]);
        Map<String, Integer> byNormal = new HashMap<>();
        Map<String, String> writtenOf = new HashMap<>();
        for (int j = 0; j < n; j++) {
            byNormal.put(normals[j], totals[j]);
            writtenOf.put(normals[j], wc.written(writtenAt[j]));
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

    private static int indexOf(String[] values, int n, String value) {
        for (int j = 0; j < n; j++) if (values[j].equals(value)) return j;
        return -1;
    }

    /** A number word or a scale (سبع، عشرة، آلاف، مليون), with or without attached letters. */
    private boolean isNumber(String normal) {
        return CliticReadings.find(normal, w -> numberWords.isNumberWord(w) || scales.of(w).isPresent()).isPresent();
    }

    /** The offsets of an article's entity mentions, in order of their starts (mentions of one start in the order found). */
    private static final class Excluded {
        final int size;
        final int[] starts;
        final int[] ends;

        private Excluded(int size) {
            this.size = size;
            this.starts = new int[size];
            this.ends = new int[size];
        }

        static Excluded of(ArticleAnalysis analysis) {
            int n = 0;
            for (Entity e : analysis.entities()) n += e.mentions().size();
            long[] order = new long[n];
            Span[] spans = new Span[n];
            int k = 0;
            for (Entity e : analysis.entities()) {
                for (Span s : e.mentions()) {
                    order[k] = (long) s.start() << 32 | k;
                    spans[k++] = s;
                }
            }
            Arrays.sort(order);
            Excluded out = new Excluded(n);
            for (int i = 0; i < n; i++) {
                Span s = spans[(int) order[i]];
                out.starts[i] = s.start();
                out.ends[i] = s.end();
            }
            return out;
        }

        /** Whether a token from start to end overlaps a mention, looking from the mention at {@code from}. */
        boolean overlaps(int start, int end, int from) {
            for (int i = from; i < size && starts[i] < end; i++) {
                if (start < ends[i]) return true;
            }
            return false;
        }
    }
}
