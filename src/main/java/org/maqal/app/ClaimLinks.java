package org.maqal.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Token;
import org.maqal.text.ArabicNormalizer;

/**
 * A first, simple link between claims of different articles: two claims are related when they share
 * the speaker or enough of their content words (by light stem); a related claim repeats the other,
 * or contradicts it when one is negated and the other is not. The exercise layer's claim linking
 * replaces it once connected. Stateless apart from the corpus it reads; thread-safe.
 */
public final class ClaimLinks {
    /** How one claim stands to another. */
    public enum Relation { REPEATS, CONTRADICTS }

    /** A claim of another article and how it stands to the one asked about. */
    public record Related(ArticleReport report, Claim claim, Relation relation) { }

    private static final Set<String> NEGATIONS = Set.of("لا", "لم", "لن", "ليس", "ليست", "غير", "نفي", "نفت",
            "ينفي", "تنفي", "عدم", "رفض", "رفضت", "ينفون");

    private final CorpusAnalysis corpus;

    public ClaimLinks(CorpusAnalysis corpus) {
        this.corpus = corpus;
    }

    /** The claims of the other articles that repeat or contradict this one, article by article. */
    public List<Related> related(ArticleReport report, Claim claim) {
        Set<String> words = stems(report, claim);
        Set<String> speaker = nameWords(claim.speaker());
        boolean negated = negated(report, claim);
        List<Related> out = new ArrayList<>();
        for (ArticleReport other : corpus.reports()) {
            if (other.id().equals(report.id())) continue;
            for (Claim c : other.analysis().claims()) {
                Set<String> otherWords = stems(other, c);
                double overlap = overlap(words, otherWords);
                boolean sameSpeaker = !speaker.isEmpty() && speaker.stream().anyMatch(nameWords(c.speaker())::contains);
                if (overlap >= 0.5 || (sameSpeaker && overlap >= 0.25)) {
                    Relation r = negated != negated(other, c) ? Relation.CONTRADICTS : Relation.REPEATS;
                    out.add(new Related(other, c, r));
                }
            }
        }
        return out;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / Math.min(a.size(), b.size());
    }

    private static List<Token> tokens(ArticleReport report, Claim claim) {
        return report.analysis().tokens().stream()
                .filter(t -> t.start() >= claim.span().start() && t.end() <= claim.span().end()).toList();
    }

    private static Set<String> stems(ArticleReport report, Claim claim) {
        Set<String> stems = new HashSet<>();
        for (Token t : tokens(report, claim)) {
            if (t.isContentWord() && t.stem().length() > 2) stems.add(t.stem());
        }
        return stems;
    }

    private static boolean negated(ArticleReport report, Claim claim) {
        if (NEGATIONS.contains(ArabicNormalizer.normalize(claim.verb()))) return true;
        return tokens(report, claim).stream().anyMatch(t -> NEGATIONS.contains(t.normal()));
    }

    private static Set<String> nameWords(String name) {
        Set<String> words = new HashSet<>();
        for (String w : ArabicNormalizer.normalize(name).split("\\s+")) {
            String bare = w.startsWith("ال") ? w.substring(2) : w;
            if (bare.length() > 3) words.add(bare);
        }
        return words;
    }
}
