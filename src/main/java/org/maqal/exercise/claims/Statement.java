package org.maqal.exercise.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maqal.exercise.EntityKeys;
import org.maqal.exercise.FigureSubject;
import org.maqal.exercise.WordKeys;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Sentence;
import org.maqal.model.Span;
import org.maqal.model.Token;

/**
 * What a claim or a sentence says, in the terms claims are compared in: its clauses and its figures.
 *
 * @param article  the article
 * @param sentence the sentence it is in (its first, for a claim over several)
 * @param clauses  its clauses
 * @param figures  the figures inside it, with their subjects
 * @param keys     every key of every clause
 */
record Statement(ArticleAnalysis article, int sentence, List<Clause> clauses, List<FigureSubject> figures, Set<String> keys) {
    Statement(ArticleAnalysis article, int sentence, List<Clause> clauses, List<FigureSubject> figures) {
        this(article, sentence, clauses, figures, union(clauses));
    }

    /** A claim: the claimed text, all of it negated when its reporting verb denies. */
    static Statement of(TrackedClaim c, List<FigureSubject> figures, EntityKeys keys) {
        Span span = c.claim().span();
        List<Token> tokens = WordKeys.tokensIn(c.article(), span.start(), span.end());
        return new Statement(c.article(), c.sentence(), Clause.of(c.article(), tokens, Polarity.denial(c.claim().verb()), keys),
                inside(figures, span.start(), span.end()));
    }

    /** A whole sentence. */
    static Statement of(ArticleAnalysis article, int sentence, List<FigureSubject> figures, EntityKeys keys) {
        Sentence s = article.sentence(sentence);
        List<Token> tokens = WordKeys.tokensIn(article, s.start(), s.end());
        return new Statement(article, sentence, Clause.of(article, tokens, false, keys), inside(figures, s.start(), s.end()));
    }

    private static Set<String> union(List<Clause> clauses) {
        Set<String> out = new LinkedHashSet<>();
        clauses.forEach(c -> out.addAll(c.keys()));
        return Set.copyOf(out);
    }

    private static List<FigureSubject> inside(List<FigureSubject> figures, int start, int end) {
        List<FigureSubject> out = new ArrayList<>();
        for (FigureSubject f : figures) {
            if (f.figure().span().start() >= start && f.figure().span().end() <= end) out.add(f);
        }
        return out;
    }
}
