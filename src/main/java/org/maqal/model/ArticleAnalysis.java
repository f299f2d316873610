package org.maqal.model;

import java.util.List;

/**
 * What analysis finds in one article on its own: sentences, tokens, entities, figures and claims.
 * A pure function of the article's text. The sentences and tokens are kept compactly, as a
 * {@link SentenceList} and a {@link TokenList}.
 */
public record ArticleAnalysis(Article article, List<Sentence> sentences, List<Token> tokens,
                              List<Entity> entities, List<Figure> figures, List<Claim> claims) {
    public ArticleAnalysis {
        sentences = SentenceList.of(article.text(), sentences);
        tokens = TokenList.copyOf(tokens);
        entities = List.copyOf(entities);
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
    }

    public String id() { return article.id(); }

    public Sentence sentence(int index) { return sentences.get(index); }
}
