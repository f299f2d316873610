package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Span;
import org.maqal.model.Token;
import org.maqal.model.VocabularyItem;
import org.maqal.text.ArabicNormalizer;

/**
 * Builds each article's vocabulary against the corpus: groups of forms of one word, each under a
 * headword that a learner can look up (a form as written, without attached conjunctions or
 * prepositions, never a bare stem), with its count, the number of articles it occurs in, its keyness
 * (Dunning's log-likelihood of its frequency in the article against the rest of the corpus, negative
 * when the article uses it less than the rest) and whether it is topic vocabulary (in at least half
 * the articles, and at least two). Names, figures and function words are never vocabulary.
 * Best first: frequent in the article, weighted by how particular it is. Thread-safe.
 */
public final class VocabularyBuilder {

    /** Word counts of one article, keyed by the shared key of a word's forms. */
    public record Counts(Map<String, WordCount> words, int total) {
    }

    /** One word's forms in one article: written form → count, and the first sentence it is in. */
    public static final class WordCount {
        private final Map<String, Integer> written = new LinkedHashMap<>();
        private final Map<String, String> normalOf = new HashMap<>();
        private int count;
        private int firstSentence = -1;

        void merge(WordCount other) {
            other.written.forEach((w, n) -> written.merge(w, n, Integer::sum));
            other.normalOf.forEach(normalOf::putIfAbsent);
            count += other.count;
            if (firstSentence < 0 || other.firstSentence >= 0 && other.firstSentence < firstSentence) {
                firstSentence = other.firstSentence;
            }
        }

        void add(Token token) {
            written.merge(token.text(), 1, Integer::sum);
            normalOf.putIfAbsent(token.text(), token.normal());
            count++;
            if (firstSentence < 0) firstSentence = token.sentence();
        }

        public int count() { return count; }
    }

    /** Counts the vocabulary-eligible words of each article, with forms grouped across the corpus. */
    public List<Counts> countAll(List<ArticleAnalysis> analyses) {
        return mergePrefixed(analyses.stream().map(this::count).toList());
    }

    /** Counts the vocabulary-eligible words of one article. */
    Counts count(ArticleAnalysis analysis) {
        List<Span> excluded = new ArrayList<>();
        analysis.entities().forEach(e -> excluded.addAll(e.mentions()));
        analysis.figures().forEach(f -> excluded.add(f.span()));
        excluded.sort(Comparator.comparingInt(Span::start));
        Map<String, WordCount> words = new HashMap<>();
        int total = 0;
        for (Token token : analysis.tokens()) {
            if (!VocabularyKeys.eligible(token) || inside(token, excluded)) continue;
            words.computeIfAbsent(VocabularyKeys.key(token), k -> new WordCount()).add(token);
            total++;
        }
        return new Counts(words, total);
    }

    /**
     * The vocabulary of each article, best first.
     *
     * @param counts one entry per article of the corpus, from {@link #countAll}
     */
    public List<List<VocabularyItem>> build(List<Counts> counts) {
        Map<String, Integer> articlesWith = new HashMap<>();
        Map<String, Integer> corpusCount = new HashMap<>();
        long corpusTotal = 0;
        for (Counts c : counts) {
            corpusTotal += c.total();
            c.words().forEach((key, wc) -> {
                articlesWith.merge(key, 1, Integer::sum);
                corpusCount.merge(key, wc.count(), Integer::sum);
            });
        }
        java.util.Set<String> lexicon = new java.util.HashSet<>();
        for (Counts c : counts) c.words().values().forEach(wc -> lexicon.addAll(wc.normalOf.values()));
        int n = counts.size();
        int topicThreshold = Math.max(2, (n + 1) / 2);
        List<List<VocabularyItem>> out = new ArrayList<>(n);
        for (Counts c : counts) {
            List<VocabularyItem> items = new ArrayList<>(c.words().size());
            for (Map.Entry<String, WordCount> e : c.words().entrySet()) {
                String key = e.getKey();
                WordCount wc = e.getValue();
                int articles = articlesWith.get(key);
                double keyness = Keyness.logLikelihood(wc.count(), c.total(),
                        corpusCount.get(key) - wc.count(), corpusTotal - c.total());
                items.add(new VocabularyItem(headword(wc, lexicon), key, forms(wc), wc.count(), articles, keyness,
                        n > 1 && articles >= topicThreshold, wc.firstSentence));
            }
            items.sort(Comparator.comparingDouble((VocabularyItem v) -> -score(v, n)).thenComparing(VocabularyItem::headword));
            out.add(List.copyOf(items));
        }
        return out;
    }

    /**
     * Lucene's light stemmer leaves a bare attached preposition or conjunction (بمهمته، لقوات، وتدريب);
     * a key that is another key of the corpus with one such letter before it joins that key.
     */
    static List<Counts> mergePrefixed(List<Counts> counts) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        counts.forEach(c -> keys.addAll(c.words().keySet()));
        List<Counts> out = new ArrayList<>(counts.size());
        for (Counts c : counts) {
            Map<String, WordCount> merged = new HashMap<>();
            for (Map.Entry<String, WordCount> e : c.words().entrySet()) {
                String key = canonical(e.getKey(), keys);
                WordCount target = merged.get(key);
                if (target == null) {
                    target = new WordCount();
                    merged.put(key, target);
                }
                target.merge(e.getValue());
            }
            out.add(new Counts(merged, c.total()));
        }
        return out;
    }

    private static String canonical(String key, java.util.Set<String> keys) {
        String k = key;
        while (k.length() > 3 && "وفبلك".indexOf(k.charAt(0)) >= 0 && keys.contains(k.substring(1))) k = k.substring(1);
        return k;
    }

    private static double score(VocabularyItem v, int articlesInCorpus) {
        return v.count() * (1 + Math.log((double) articlesInCorpus / v.articles())) + Math.max(0, v.keyness()) / 4;
    }

    private static List<String> forms(WordCount wc) {
        return wc.written.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The most frequent form that is not another form with a prefix attached; failing that, the most
     * frequent form with its prefixes taken off where they are followed by the definite article, or
     * where what is left is a word the corpus uses elsewhere ({@code lexicon}, normalised forms).
     */
    static String headword(WordCount wc, java.util.Set<String> lexicon) {
        Map<String, Integer> byNormal = new HashMap<>();
        Map<String, String> writtenOf = new HashMap<>();
        for (Map.Entry<String, Integer> e : wc.written.entrySet()) {
            String normal = wc.normalOf.get(e.getKey());
            byNormal.merge(normal, e.getValue(), Integer::sum);
            writtenOf.merge(normal, e.getKey(), (a, b) -> wc.written.get(a) >= wc.written.get(b) ? a : b);
        }
        String best = null;
        for (String normal : byNormal.keySet()) {
            if (hasShorterForm(normal, byNormal)) continue;
            if (best == null || byNormal.get(normal) > byNormal.get(best)
                    || byNormal.get(normal).equals(byNormal.get(best)) && normal.length() < best.length()) {
                best = normal;
            }
        }
        if (best != null) return writtenOf.get(best);
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

    private static boolean hasShorterForm(String normal, Map<String, Integer> forms) {
        if (normal.length() < 4) return false;
        String rest = normal.substring(1);
        char first = normal.charAt(0);
        if ((first == 'و' || first == 'ف' || first == 'ب' || first == 'ل' || first == 'ك') && forms.containsKey(rest)) {
            return true;
        }
        if (normal.startsWith("لل") && forms.containsKey("ال" + normal.substring(2))) return true;
        return normal.startsWith("ال") && forms.containsKey(normal.substring(2));
    }

    private static boolean inside(Token token, List<Span> spans) {
        for (Span s : spans) {
            if (s.start() >= token.end()) break;
            if (token.start() < s.end() && s.start() < token.end()) return true;
        }
        return false;
    }
}
