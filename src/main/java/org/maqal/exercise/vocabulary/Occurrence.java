package org.maqal.exercise.vocabulary;

import org.maqal.exercise.ArticleTokens;
import org.maqal.model.Source;
import org.maqal.model.Token;

/** One place a lesson word is written: its article, and the token as written there. */
record Occurrence(ArticleTokens article, Token token) {
    int sentence() {
        return token.sentence();
    }

    Source source() {
        return new Source(article.articleId(), token.sentence());
    }

    /** Its sentence, identified across articles. */
    String sentenceKey() {
        return article.articleId() + "#" + token.sentence();
    }
}
