package org.maqal.exercise;

import java.util.Set;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.model.Figure;

/**
 * A figure of an article with what it is about, to tell whether figures of different articles
 * measure the same thing.
 *
 * @param article the article it is in
 * @param figure  the figure as analysis found it
 * @param measure what kind of quantity it is (a head count, an amount in one currency…)
 * @param what    the loose key of the counted noun ("عنصر"), or empty
 * @param bodies  keys of the organisations and people named beside it
 * @param places  keys of the places named in its sentence
 * @param words   loose keys of the content words beside it
 * @param context the words around it as written, the clause that says what it counts
 * @param source  the claim it is part of, or null when the writer states it
 */
public record FigureSubject(ArticleAnalysis article, Figure figure, String measure, String what, Set<String> bodies,
                            Set<String> places, Set<String> words, String context, Claim source) {
    public FigureSubject {
        bodies = Set.copyOf(bodies);
        places = Set.copyOf(places);
        words = Set.copyOf(words);
    }

    /** Equal when the same figure of the same article: compared by article id, not the whole analysis. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FigureSubject f && f.articleId().equals(articleId()) && f.figure.equals(figure);
    }

    @Override
    public int hashCode() {
        return 31 * articleId().hashCode() + figure.hashCode();
    }

    public String articleId() {
        return article.id();
    }

    public int sentence() {
        return figure.sentence();
    }
}
