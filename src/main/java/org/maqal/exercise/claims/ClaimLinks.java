package org.maqal.exercise.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maqal.exercise.EntityKeys;
import org.maqal.exercise.FigureSubject;
import org.maqal.exercise.FigureSubjects;
import org.maqal.exercise.SpeakerNames;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Basis;
import org.maqal.model.Claim;
import org.maqal.model.MetaField;
import org.maqal.model.Sentence;
import org.maqal.text.ArabicNormalizer;

/**
 * Links each claim to the other texts that repeat it, contradict it or are silent: across articles,
 * with the headline of its own article, and with the article's other claims. A pure function of the
 * analyses. A text repeats a claim when it shares enough of the claim's wording and names, weighted
 * by how rare each word is among all the sentences (a shared "غير قتالية" counts far more than a
 * shared "العراق"). It contradicts the claim when it gives another figure for the same measure, or
 * shares the wording with the opposite polarity. Immutable and thread-safe once built.
 */
public final class ClaimLinks {
    /** Share of a claim clause's weighted wording a clause must hold to repeat it. */
    static final double REPEAT_SHARE = 0.5;
    /** Share of its own weighted wording the repeating clause must share with the claim's. */
    static final double OTHER_SHARE = 0.2;
    /** Figures closer than this share of the larger are the same figure. */
    private static final double SAME_VALUE = 0.01;
    private static final int MIN_SHARED = 2;
    /** Headline lines stand among an article's first sentences. */
    private static final int HEADLINE_LINES = 5;

    private final List<ArticleAnalysis> articles;
    private final List<TrackedClaim> claims = new ArrayList<>();
    private final Map<TrackedClaim, Statement> claimStatements = new LinkedHashMap<>();
    private final Map<String, List<Statement>> sentences = new HashMap<>();
    private final Weights weights;
    /** Each clause's summed key weight, by identity: computed once, read only after. */
    private final Map<Clause, Double> totals = new IdentityHashMap<>();

    private ClaimLinks(List<ArticleAnalysis> articles) {
        this.articles = List.copyOf(articles);
        EntityKeys keys = EntityKeys.standard();
        FigureSubjects subjects = new FigureSubjects(keys);
        List<Statement> all = new ArrayList<>();
        for (ArticleAnalysis a : this.articles) {
            List<FigureSubject> figures = subjects.of(a);
            List<Statement> list = new ArrayList<>();
            for (Sentence s : a.sentences()) list.add(Statement.of(a, s.index(), figures, keys));
            sentences.put(a.id(), list);
            all.addAll(list);
            for (Claim c : a.claims()) {
                TrackedClaim t = new TrackedClaim(a, SpeakerNames.resolve(a, c));
                claims.add(t);
                claimStatements.put(t, Statement.of(t, figures, keys));
            }
        }
        this.weights = new Weights(all);
        for (Statement s : all) s.clauses().forEach(c -> totals.put(c, weights.total(c.keys())));
        for (Statement s : claimStatements.values()) s.clauses().forEach(c -> totals.put(c, weights.total(c.keys())));
    }

    /**
     * The links among the claims of these articles (one or more, distinct ids).
     *
     * @throws IllegalArgumentException when there are no articles
     */
    public static ClaimLinks of(List<ArticleAnalysis> articles) {
        if (articles.isEmpty()) throw new IllegalArgumentException("claim links need at least one article");
        return new ClaimLinks(articles);
    }

    /**
     * One of the linked articles, by id.
     *
     * @throws IllegalArgumentException when no linked article has that id
     */
    public ArticleAnalysis article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no linked article has the id " + id));
    }

    /** Every claim, article by article in reading order, its speaker resolved by {@link SpeakerNames}. */
    public List<TrackedClaim> claims() {
        return List.copyOf(claims);
    }

    /**
     * For each other article, in the given order, how it stands to the claim: a sentence of it repeats
     * or contradicts the claim, or the claim repeats or contradicts one of its claims (the
     * relation is symmetric: a long claim may hold a short one of another article).
     */
    public List<Link> acrossArticles(TrackedClaim claim) {
        List<Link> out = new ArrayList<>();
        for (ArticleAnalysis a : articles) {
            if (a.id().equals(claim.articleId())) continue;
            Link best = best(statement(claim), sentences.get(a.id()), a.id());
            for (TrackedClaim other : claims) {
                if (!other.articleId().equals(a.id())) continue;
                Link both = between(claim, other);
                if (stronger(both, best)) best = both;
            }
            out.add(best);
        }
        return out;
    }

    /** How the headline lines of the claim's article stand to it, if the article has a headline other than the claim itself. */
    public Optional<Link> withHeadline(TrackedClaim claim) {
        List<Statement> headlines = new ArrayList<>();
        for (Statement s : sentences.get(claim.articleId())) {
            if (isHeadline(s.article(), s.sentence()) && s.sentence() != claim.sentence()) headlines.add(s);
        }
        if (headlines.isEmpty()) return Optional.empty();
        return Optional.of(best(statement(claim), headlines, claim.articleId()));
    }

    /**
     * Whether a sentence is part of the headline: a headline line among the first few (later ones are
     * captions and sub-heads), or the first sentence when it is the title the article states.
     */
    public static boolean isHeadline(ArticleAnalysis article, int sentence) {
        if (sentence >= HEADLINE_LINES) return false;
        if (article.sentence(sentence).headline()) return true;
        MetaField title = article.article().metadata().title();
        return sentence == 0 && title.basis() == Basis.STATED
                && ArabicNormalizer.normalize(article.sentence(0).text()).strip().equals(ArabicNormalizer.normalize(title.value()).strip());
    }

    /**
     * How another claim (of any article) stands to this one, either way round: the other claim
     * repeats or contradicts this one, or this one the other. The link points to the other's sentence.
     */
    public Link between(TrackedClaim claim, TrackedClaim other) {
        Link forth = compare(statement(claim), statement(other));
        Link back = compare(statement(other), statement(claim));
        Link reversed = new Link(back.agreement(), other.articleId(), back.agreement() == Agreement.SILENT ? -1 : other.sentence(),
                back.overlap(), back.why());
        return stronger(reversed, forth) ? reversed : forth;
    }

    private Statement statement(TrackedClaim claim) {
        Statement s = claimStatements.get(claim);
        if (s == null) throw new IllegalArgumentException("the claim is not one of these articles' claims");
        return s;
    }

    /** The strongest link among candidate texts of one article: a contradiction, else a repetition, else silence. */
    private Link best(Statement claim, List<Statement> candidates, String articleId) {
        Link best = Link.silent(articleId);
        for (Statement s : candidates) {
            Link link = compare(claim, s);
            if (stronger(link, best)) best = link;
        }
        return best;
    }

    private static boolean stronger(Link a, Link b) {
        return rank(a) > rank(b) || (rank(a) == rank(b) && a.overlap() > b.overlap());
    }

    private static int rank(Link link) {
        return switch (link.agreement()) {
            case CONTRADICTS -> 2;
            case REPEATS -> 1;
            case SILENT -> 0;
        };
    }

    /**
     * How a text stands to a claim: another value for the same measure contradicts it; else a clause
     * that repeats a clause of the claim repeats it, unless it gives another value of the same kind of
     * figure, or says no where the claim says yes (a denial against an assertion, or a negation of a
     * word the claim asserts), which contradicts it. When only one of the two clauses says no, in words
     * they do not share, the link is unclear and left silent.
     */
    private Link compare(Statement claim, Statement other) {
        String id = other.article().id();
        for (FigureSubject f : claim.figures()) {
            for (FigureSubject g : other.figures()) {
                if (FigureSubjects.sameMeasure(f, g)) {
                    double share = weights.share(claim.keys(), other.keys());
                    return new Link(sameValue(f, g) ? Agreement.REPEATS : Agreement.CONTRADICTS, id, other.sentence(), share, Link.Why.FIGURE);
                }
            }
        }
        if (weights.shared(claim.keys(), other.keys()) < MIN_SHARED) return new Link(Agreement.SILENT, id, -1, 0, Link.Why.NOTHING);
        Clause bestClaim = null;
        Clause bestOther = null;
        double best = 0;
        for (Clause c : claim.clauses()) {
            for (Clause o : other.clauses()) {
                double share = share(c, o);
                if (share > best && repeats(c, o, share)) {
                    best = share;
                    bestClaim = c;
                    bestOther = o;
                }
            }
        }
        if (bestClaim == null) return new Link(Agreement.SILENT, id, -1, 0, Link.Why.NOTHING);
        for (FigureSubject f : claim.figures()) {
            for (FigureSubject g : other.figures()) {
                if (f.measure().equals(g.measure()) && !sameValue(f, g)) {
                    return new Link(Agreement.CONTRADICTS, id, other.sentence(), best, Link.Why.FIGURE);
                }
            }
        }
        boolean polarityDiffers = bestClaim.negative() != bestOther.negative();
        if (bestClaim.denied() || bestOther.denied()) {
            return polarityDiffers ? new Link(Agreement.CONTRADICTS, id, other.sentence(), best, Link.Why.NEGATION)
                    : new Link(Agreement.REPEATS, id, other.sentence(), best, Link.Why.WORDING);
        }
        for (String k : bestClaim.keys()) {
            if (bestOther.keys().contains(k) && bestClaim.negated().contains(k) != bestOther.negated().contains(k)) {
                return new Link(Agreement.CONTRADICTS, id, other.sentence(), best, Link.Why.NEGATION);
            }
        }
        if (polarityDiffers) return new Link(Agreement.SILENT, id, -1, best, Link.Why.NOTHING);
        return new Link(Agreement.REPEATS, id, other.sentence(), best, Link.Why.WORDING);
    }

    /** The share of a clause's weighted keys another clause holds. */
    private double share(Clause of, Clause in) {
        double total = totals.get(of);
        return total == 0 ? 0 : weights.sharedWeight(of.keys(), in.keys()) / total;
    }

    private static boolean sameValue(FigureSubject f, FigureSubject g) {
        return Math.abs(f.figure().value() - g.figure().value())
                <= SAME_VALUE * Math.max(Math.abs(f.figure().value()), Math.abs(g.figure().value()));
    }

    /**
     * Whether a clause of another text says what a clause of the claim says: most of the claim
     * clause's weighted wording, a fair part of its own, two informative words and one rare word shared.
     */
    private boolean repeats(Clause claim, Clause other, double share) {
        return share >= REPEAT_SHARE && share(other, claim) >= OTHER_SHARE
                && weights.shared(claim.keys(), other.keys()) >= MIN_SHARED && weights.anchored(claim.keys(), other.keys());
    }
}
