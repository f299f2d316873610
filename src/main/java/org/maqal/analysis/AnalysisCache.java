package org.maqal.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;

/**
 * Keeps recent analyses in memory, keyed by the article's text: an article whose text did not
 * change is not analysed again, whatever its id or metadata. Bounded; the least recently used
 * analysis goes first. Thread-safe.
 */
public final class AnalysisCache {
    private final Map<String, ArticleAnalysis> entries;

    /** A cache holding at most {@code capacity} analyses. */
    public AnalysisCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArticleAnalysis> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached analysis of {@code article}'s text, made for this article, or null when none is cached. */
    public ArticleAnalysis find(Article article) {
        ArticleAnalysis cached;
        synchronized (entries) {
            cached = entries.get(article.text());
        }
        return cached == null ? null : madeFor(article, cached);
    }

    /** Caches the analysis of {@code article}'s text and gives it back. */
    public ArticleAnalysis keep(Article article, ArticleAnalysis analysis) {
        synchronized (entries) {
            entries.put(article.text(), analysis);
        }
        return madeFor(article, analysis);
    }

    private static ArticleAnalysis madeFor(Article article, ArticleAnalysis cached) {
        return cached.article().equals(article) ? cached : new ArticleAnalysis(article, cached.sentences(),
                cached.tokens(), cached.entities(), cached.figures(), cached.claims());
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
