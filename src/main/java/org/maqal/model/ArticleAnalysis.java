package org.maqal.model;

import java.util.List;

/**
 * What analysis finds in one article on its own: sentences, tokens, entities, figures and claims.
 * A pure function of the article's text. The sentences and tokens are kept compactly, as a
 * {@link SentenceList} and a {@link TokenList}; a {@link TokenList#lazy lazy token list} and a
 * {@link LazyList} of entities, figures or claims are kept as they are (an analysis read from a cache
 * decodes them when first used), other lists are copied.
 */
public record ArticleAnalysis(Article article, List<Sentence> sentences, List<Token> tokens,
                              List<Entity> entities, List<Figure> figures, List<Claim> claims) {
    public ArticleAnalysis {
        sentences = SentenceList.of(article.text(), sentences);
        tokens = TokenList.copyOf(tokens);
        entities = LazyList.copyOf(entities);
        figures = LazyList.copyOf(figures);
        claims = LazyList.copyOf(claims);
    }

    public String id() { return article.id(); }

    public Sentence sentence(int index) { return sentences.get(index); }
}
