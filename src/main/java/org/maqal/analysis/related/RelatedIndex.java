package org.maqal.analysis.related;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.maqal.model.Article;
import org.maqal.text.TextPipeline;

/**
 * Finds, for one article of a library, the articles most like it: other coverage of the same story.
 *
 * <p><b>How.</b> Each article becomes a vector of TF-IDF weights over its terms (the light stems of
 * its content words, see {@link TermExtractor}): a term weighs {@code (1 + ln tf) · ln(1 + N / df)},
 * where {@code tf} is how often the article uses it and {@code df} in how many of the {@code N}
 * articles it occurs; each vector is scaled to length 1, so that the dot product of two vectors is
 * their cosine similarity: 1 for the same words, 0 for none in common. An inverted index lists,
 * for every term, the articles that use it with their weights.
 *
 * <p>A query works in two steps. First it finds candidates: it takes the {@value #QUERY_TERMS}
 * heaviest terms of the article asked about that at least one other article shares, walks only
 * their posting lists and adds up the products of the weights. Terms used in more than half of a
 * library of over {@value #COMMON_FLOOR} articles are not walked: they tell no story from another,
 * and their long lists would make a query cost as much as comparing every pair. Then it scores the
 * best candidates ({@value #RERANK_FACTOR} for each article asked for, at least {@value #RERANK_MIN})
 * exactly, by the cosine over all their terms, and returns the best. So a query touches only the
 * articles that share a distinctive term with the one asked about, and building costs one pass
 * over each article's tokens plus one over the postings: no two articles are ever compared in
 * full except the few candidates of a query.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class RelatedIndex {
    /** How many of the query article's heaviest terms a query uses. */
    static final int QUERY_TERMS = 64;
    /** Below this many articles no term is too common to use. */
    static final int COMMON_FLOOR = 64;
    /** How many candidates, per article asked for, get their exact score. */
    static final int RERANK_FACTOR = 4;
    static final int RERANK_MIN = 40;

    private final List<TermCounts> documents;
    private final Map<String, Integer> byId;
    private final String[] terms;
    private final int[][] docTerms;
    private final float[][] docWeights;
    private final int[][] postingDocs;
    private final float[][] postingWeights;
    private final int commonLimit;

    private RelatedIndex(List<TermCounts> documents) {
        this.documents = List.copyOf(documents);
        int n = documents.size();
        this.byId = new HashMap<>(n * 2);
        Map<String, Integer> termIds = new HashMap<>();
        List<String> dictionary = new ArrayList<>();
        this.docTerms = new int[n][];
        for (int d = 0; d < n; d++) {
            TermCounts doc = documents.get(d);
            if (byId.putIfAbsent(doc.id(), d) != null) throw new IllegalArgumentException("Two articles have the id " + doc.id());
            int[] ids = new int[doc.terms().length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = termIds.computeIfAbsent(doc.terms()[i], t -> {
                    dictionary.add(t);
                    return dictionary.size() - 1;
                });
            }
            docTerms[d] = ids;
        }
        this.terms = dictionary.toArray(String[]::new);
        int[] df = new int[terms.length];
        for (int[] ids : docTerms) for (int t : ids) df[t]++;
        float[] idf = new float[terms.length];
        for (int t = 0; t < idf.length; t++) idf[t] = (float) Math.log(1 + (double) n / df[t]);
        this.docWeights = new float[n][];
        for (int d = 0; d < n; d++) docWeights[d] = unitWeights(documents.get(d).counts(), docTerms[d], idf);
        this.postingDocs = new int[terms.length][];
        this.postingWeights = new float[terms.length][];
        fillPostings(df);
        this.commonLimit = n > COMMON_FLOOR ? n / 2 : Integer.MAX_VALUE;
    }

    /** Lists, for every term, the documents that use it and their weights, in document order. */
    private void fillPostings(int[] df) {
        for (int t = 0; t < terms.length; t++) {
            postingDocs[t] = new int[df[t]];
            postingWeights[t] = new float[df[t]];
        }
        int[] filled = new int[terms.length];
        for (int d = 0; d < docTerms.length; d++) {
            for (int i = 0; i < docTerms[d].length; i++) {
                int t = docTerms[d][i];
                postingDocs[t][filled[t]] = d;
                postingWeights[t][filled[t]++] = docWeights[d][i];
            }
        }
    }

    /**
     * Indexes the articles of a library, extracting their terms on all cores.
     *
     * @throws IllegalArgumentException when two articles have the same id
     */
    public static RelatedIndex build(Collection<Article> articles) {
        return build(articles, TextPipeline.standard());
    }

    /** Indexes the articles with the stems and function words of the given pipeline. */
    public static RelatedIndex build(Collection<Article> articles, TextPipeline pipeline) {
        TermExtractor extractor = new TermExtractor(pipeline);
        return of(articles.parallelStream().map(extractor::terms).toList());
    }

    static RelatedIndex of(List<TermCounts> documents) {
        return new RelatedIndex(documents);
    }

    /**
     * The articles most like the one with this id, best first, at most {@code top}, leaving out the
     * article itself and articles with nothing distinctive in common (score 0). Ties keep library order.
     *
     * @throws IllegalArgumentException when no article has this id, or {@code top} is less than 1
     */
    public List<Related> related(String id, int top) {
        Objects.requireNonNull(id, "id");
        Integer query = byId.get(id);
        if (query == null) throw new IllegalArgumentException("No article " + id + " in the index");
        if (top < 1) throw new IllegalArgumentException("top must be at least 1");
        float[] partial = new float[documents.size()];
        for (int i : distinctiveTerms(query)) {
            int t = docTerms[query][i];
            float q = docWeights[query][i];
            int[] docs = postingDocs[t];
            float[] weights = postingWeights[t];
            for (int p = 0; p < docs.length; p++) partial[docs[p]] += q * weights[p];
        }
        partial[query] = 0;
        float[] queryWeights = new float[terms.length];
        for (int i = 0; i < docTerms[query].length; i++) queryWeights[docTerms[query][i]] = docWeights[query][i];
        float[] exact = new float[documents.size()];
        for (int d : best(partial, Math.max(top * RERANK_FACTOR, RERANK_MIN))) exact[d] = cosine(queryWeights, d);
        List<Related> out = new ArrayList<>();
        for (int d : best(exact, top)) out.add(new Related(documents.get(d).id(), Math.min(1.0, exact[d])));
        return out;
    }

    /** Whether an article with this id is indexed. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** How many articles are indexed. */
    public int size() {
        return documents.size();
    }

    /** How many distinct terms the articles use. */
    public int terms() {
        return terms.length;
    }

    List<TermCounts> documents() {
        return documents;
    }

    /** Every term, numbered as {@link #termIds} numbers them. */
    String[] dictionary() {
        return terms.clone();
    }

    /** The numbers of the terms of a document, in the order of its {@link TermCounts#terms()}. */
    int[] termIds(int doc) {
        return docTerms[doc].clone();
    }

    /**
     * The positions (in the article's own term arrays) of its heaviest terms that some other article
     * also uses and that are not too common, at most {@link #QUERY_TERMS}.
     */
    private int[] distinctiveTerms(int doc) {
        float[] w = docWeights[doc];
        int[] ids = docTerms[doc];
        return IntStream.range(0, w.length)
                .filter(i -> postingDocs[ids[i]].length >= 2 && postingDocs[ids[i]].length <= commonLimit)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -w[i]).thenComparingInt(i -> i))
                .limit(QUERY_TERMS).mapToInt(Integer::intValue).toArray();
    }

    /** The cosine of an article's vector with the query's, spread over all terms. */
    private float cosine(float[] queryWeights, int doc) {
        float dot = 0;
        int[] ids = docTerms[doc];
        float[] w = docWeights[doc];
        for (int i = 0; i < ids.length; i++) dot += queryWeights[ids[i]] * w[i];
        return dot;
    }

    /** The documents with the highest positive scores, best first, at most {@code top}; ties in library order. */
    private static int[] best(float[] scores, int top) {
        Comparator<Integer> worstFirst = Comparator.comparingDouble((Integer d) -> scores[d])
                .thenComparing(Comparator.<Integer>reverseOrder());
        PriorityQueue<Integer> kept = new PriorityQueue<>(worstFirst);
        for (int d = 0; d < scores.length; d++) {
            if (scores[d] <= 0) continue;
            if (kept.size() < top) {
                kept.add(d);
            } else if (worstFirst.compare(d, kept.peek()) > 0) {
                kept.poll();
                kept.add(d);
            }
        }
        int[] out = new int[kept.size()];
        for (int i = out.length - 1; i >= 0; i--) out[i] = kept.poll();
        return out;
    }

    private static float[] unitWeights(int[] counts, int[] ids, float[] idf) {
        float[] w = new float[counts.length];
        double norm = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) ((1 + Math.log(counts[i])) * idf[ids[i]]);
            norm += (double) w[i] * w[i];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < w.length; i++) w[i] *= scale;
        }
        return w;
    }
}
