package org.maqal.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.maqal.exercise.claims.Agreement;
import org.maqal.exercise.claims.ClaimLinks;
import org.maqal.exercise.claims.Link;
import org.maqal.exercise.claims.TrackedClaim;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Figure;
import org.maqal.model.Span;

/**
 * One article as the reader shows it: its text as written, the stretches to highlight (people,
 * organisations, places, figures, claims), and the details of a claim a teacher clicks on.
 */
public final class ReaderModel {
    /** What a highlight marks; each kind has its own colour and a line in the legend. */
    public enum Kind { PERSON, ORGANIZATION, PLACE, FIGURE, CLAIM }

    /**
     * A stretch of the text to highlight.
     *
     * @param label what it is ("بيير أولسن", "300 people"), for a tooltip
     */
    public record Highlight(int start, int end, Kind kind, String label) { }

    /**
     * Another article that repeats or contradicts a claim.
     *
     * @param article   the other article
     * @param agreement {@link Agreement#REPEATS} or {@link Agreement#CONTRADICTS}, never silent
     * @param sentence  the sentence of the other article that does so, as written
     * @param why       what the link rests on: shared wording, a figure, or a negation
     */
    public record Related(Article article, Agreement agreement, String sentence, Link.Why why) { }

    /**
     * What a teacher sees on clicking a claim.
     *
     * @param related the other articles that repeat or contradict it, in corpus order; the silent ones left out
     */
    public record ClaimDetails(Claim claim, List<Related> related) { }

    private final ArticleReport report;
    private final ClaimLinks links;

    /**
     * A reader of one article.
     *
     * @param links the claim links of a corpus that holds this article (the ones the claim sheet uses)
     */
    public ReaderModel(ArticleReport report, ClaimLinks links) {
        this.report = report;
        this.links = links;
    }

    /** The claim links among all the articles of an analysed corpus, for the readers of its articles. */
    public static ClaimLinks links(CorpusAnalysis corpus) {
        return ClaimLinks.of(corpus.reports().stream().map(ArticleReport::analysis).toList());
    }

    public ArticleReport report() {
        return report;
    }

    public String text() {
        return report.article().text();
    }

    /** Every highlight, in text order; claims first where they start at the same place as a name. */
    public List<Highlight> highlights() {
        List<Highlight> out = new ArrayList<>();
        for (Claim c : report.analysis().claims()) {
            out.add(new Highlight(c.span().start(), c.span().end(), Kind.CLAIM, c.speaker() + " — " + c.verb()));
        }
        for (Entity e : report.analysis().entities()) {
            Kind kind = kind(e.type());
            for (Span s : e.mentions()) out.add(new Highlight(s.start(), s.end(), kind, e.name()));
        }
        for (Figure f : report.analysis().figures()) {
            out.add(new Highlight(f.span().start(), f.span().end(), Kind.FIGURE, f.text()));
        }
        out.sort(Comparator.comparingInt(Highlight::start).thenComparing(h -> h.kind() != Kind.CLAIM));
        return out;
    }

    /** How many highlights of each kind, for the legend. */
    public long count(Kind kind) {
        return highlights().stream().filter(h -> h.kind() == kind).count();
    }

    /** The claim whose text covers an offset, if any (the shortest when they nest). */
    public Optional<Claim> claimAt(int offset) {
        return report.analysis().claims().stream()
                .filter(c -> offset >= c.span().start() && offset < c.span().end())
                .min(Comparator.comparingInt(c -> c.span().end() - c.span().start()));
    }

    /**
     * The details of a claim of this article: the other articles that repeat or contradict it.
     *
     * @throws IllegalArgumentException when the claim is not one of this article's
     */
    public ClaimDetails details(Claim claim) {
        TrackedClaim tracked = links.claims().stream()
                .filter(t -> t.articleId().equals(report.id()) && t.claim().span().equals(claim.span())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the claim is not one of this article's claims"));
        List<Related> related = new ArrayList<>();
        for (Link link : links.acrossArticles(tracked)) {
            if (link.agreement() == Agreement.SILENT) continue;
            ArticleAnalysis other = links.article(link.articleId());
            related.add(new Related(other.article(), link.agreement(), other.sentence(link.sentence()).text(), link.why()));
        }
        return new ClaimDetails(claim, related);
    }

    private static Kind kind(EntityType type) {
        return switch (type) {
            case PERSON -> Kind.PERSON;
            case ORGANIZATION -> Kind.ORGANIZATION;
            case PLACE -> Kind.PLACE;
        };
    }
}
