package org.maqal.analysis.related;

import java.util.HashMap;
import java.util.Map;
import org.maqal.model.Article;
import org.maqal.model.Token;
import org.maqal.model.TokenKind;
import org.maqal.text.TextDigest;
import org.maqal.text.TextPipeline;
import org.maqal.text.Tokenizer;

/**
 * The terms that say what an article is about, cheaply: the text is cut into tokens (no sentences,
 * entities or claims), Arabic function words are dropped, and each remaining Arabic word counts
 * as its light stem (so الناتو، وناتو and للناتو are one term); Latin words count in lower case.
 * Numbers, punctuation, one-letter stems and words over {@value #MAX_TERM_LENGTH} characters (URLs,
 * encoded junk) are left out. Thread-safe.
 */
final class TermExtractor {
    /** Raised whenever the rules above change, so that indexes saved with the old rules are rebuilt. */
    static final int RULES_VERSION = 1;
    static final int MAX_TERM_LENGTH = 40;

    private final Tokenizer tokenizer;

    TermExtractor(TextPipeline pipeline) {
        this.tokenizer = new Tokenizer(pipeline.stemmer(), pipeline.functionWords());
    }

    /** The terms of an article, with its text's {@link TextDigest}. */
    TermCounts terms(Article article) {
        return terms(article, TextDigest.of(article.text()));
    }

    /** The terms of an article whose text's {@link TextDigest} is known to be {@code digest}. */
    TermCounts terms(Article article, byte[] digest) {
        Map<String, Integer> counts = new HashMap<>();
        for (Token token : tokenizer.tokenize(article.text(), java.util.List.of())) {
            String term = term(token);
            if (term != null) counts.merge(term, 1, Integer::sum);
        }
        String[] terms = new String[counts.size()];
        int[] n = new int[counts.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            terms[i] = e.getKey();
            n[i++] = e.getValue();
        }
        return new TermCounts(article.id(), digest, terms, n);
    }

    private static String term(Token token) {
        String term;
        if (token.kind() == TokenKind.ARABIC && !token.function()) {
            term = token.stem();
        } else if (token.kind() == TokenKind.LATIN) {
            term = token.normal();
        } else {
            return null;
        }
        return term.length() < 2 || term.length() > MAX_TERM_LENGTH ? null : term;
    }
}
