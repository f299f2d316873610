package org.maqal.exercise;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.maqal.model.Article;
import org.maqal.model.ArticleRef;
import org.maqal.text.TextDigest;

/**
 * Article references for lessons, with the content hash that lets a lesson notice a changed
 * article ({@link org.maqal.model.Lesson#changedArticles}). Stateless.
 */
public final class ArticleRefs {
    private ArticleRefs() {
    }

    /** A reference to the article as it is now: id, title, outlet, date and the hash of its text. */
    public static ArticleRef of(Article article) {
        return new ArticleRef(article.id(), article.title(), article.metadata().outlet().value(),
                article.metadata().date().value(), TextDigest.contentHash(article.text()));
    }

    /** Article id to content hash, for {@link org.maqal.model.Lesson#changedArticles}. */
    public static Map<String, String> currentHashes(Collection<Article> articles) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Article a : articles) hashes.put(a.id(), TextDigest.contentHash(a.text()));
        return hashes;
    }
}
