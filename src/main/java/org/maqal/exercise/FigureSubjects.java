package org.maqal.exercise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Figure;
import org.maqal.model.Span;
import org.maqal.model.Token;
import org.maqal.text.ArabicNormalizer;

/**
 * Finds what each figure of an article is about, and scores how likely two figures of different
 * articles measure the same thing: the same kind of quantity, counted of the same body or place, with
 * the same counted noun or words around it. Dates, years and lengths of time are not measures here.
 * Stateless and thread-safe.
 */
public final class FigureSubjects {
    /** Tokens either side of a figure that tell what it is about; a comma or full stop ends the clause. */
    static final int WINDOW = 10;
    /** The affinity from which two figures are taken to measure the same thing. */
    public static final int SAME_MEASURE = 3;

    private static final int BODY_WEIGHT = 2;
    private static final int WHAT_WEIGHT = 2;
    private static final int MAX_WORDS = 2;
    private static final String COUNT = "count:";
    private static final Set<String> CLAUSE_ENDS = Set.of("،", ",", ".", ";", "؛", ":", "!", "?", "؟");

    private final EntityKeys keys;

    public FigureSubjects(EntityKeys keys) {
        this.keys = keys;
    }

    /** The figures of an article that measure something (counts, money, percentages), with their subjects. */
    public List<FigureSubject> of(ArticleAnalysis article) {
        List<FigureSubject> out = new ArrayList<>();
        for (Figure f : article.figures()) {
            String measure = measure(f);
            if (measure != null) out.add(subject(article, f, measure));
        }
        return out;
    }

    /**
     * How alike two figures' subjects are: 0 when they are different kinds of quantity, else points
     * for each shared body (2), shared place (1), the same counted noun (2) and up to two shared words.
     */
    public static int affinity(FigureSubject a, FigureSubject b) {
        if (!a.measure().equals(b.measure())) return 0;
        int score = 0;
        for (String body : a.bodies()) if (b.bodies().contains(body)) score += BODY_WEIGHT;
        for (String place : a.places()) if (b.places().contains(place)) score++;
        boolean sameWhat = !a.what().isEmpty() && a.what().equals(b.what());
        if (sameWhat) score += WHAT_WEIGHT;
        int words = 0;
        for (String w : a.words()) if (!w.equals(a.what()) && b.words().contains(w)) words++;
        return score + Math.min(words, MAX_WORDS);
    }

    /**
     * Whether two figures are taken to measure the same thing: affinity enough, and two of the
     * anchors shared: who (a body beside the figure), where (a place in its sentence), what (the
     * counted noun) and, for a count of a named thing ("120 إصابة"), two words around it.
     */
    public static boolean sameMeasure(FigureSubject a, FigureSubject b) {
        if (affinity(a, b) < SAME_MEASURE) return false;
        int anchors = 0;
        if (a.bodies().stream().anyMatch(b.bodies()::contains)) anchors++;
        if (a.places().stream().anyMatch(b.places()::contains)) anchors++;
        if (!a.what().isEmpty() && a.what().equals(b.what())) anchors++;
        if (a.measure().startsWith(COUNT) && a.words().stream().filter(w -> !w.equals(a.what())).filter(b.words()::contains).count() >= 2) {
            anchors++;
        }
        return anchors >= 2;
    }

    private FigureSubject subject(ArticleAnalysis article, Figure f, String measure) {
        List<Token> sentence = WordKeys.sentenceTokens(article, f.sentence());
        int first = -1;
        int last = -1;
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (t.end() > f.span().start() && t.start() < f.span().end()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return new FigureSubject(article, f, measure, whatKey(f), Set.of(), Set.of(), Set.of(), f.text(), claimOf(article, f));
        int from = first;
        while (from > 0 && first - from < WINDOW && !CLAUSE_ENDS.contains(sentence.get(from - 1).text())) from--;
        int to = last;
        while (to + 1 < sentence.size() && to - last < WINDOW && !CLAUSE_ENDS.contains(sentence.get(to + 1).text())) to++;
        int start = sentence.get(from).start();
        int end = sentence.get(to).end();
        Set<String> bodies = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Entity e : article.entities()) {
            for (Span m : e.mentions()) {
                if (m.sentence() != f.sentence()) continue;
                if (e.type() == EntityType.PLACE) places.add(keys.key(e));
                else if (m.start() >= start && m.end() <= end) bodies.add(keys.key(e));
            }
        }
        Set<String> words = WordKeys.contentKeys(sentence.subList(from, to + 1));
        String context = article.article().text().substring(start, end);
        return new FigureSubject(article, f, measure, whatKey(f), bodies, places, words, context, claimOf(article, f));
    }

    private static String whatKey(Figure f) {
        if (f.what().isBlank()) return "";
        String firstWord = f.what().strip().split("\\s+")[0];
        return WordKeys.key(ArabicNormalizer.normalize(firstWord));
    }

    private static Claim claimOf(ArticleAnalysis article, Figure f) {
        for (Claim c : article.claims()) {
            if (c.span().start() <= f.span().start() && f.span().end() <= c.span().end()) return c;
        }
        return null;
    }

    /** The kind of quantity, or null for dates, years, durations and fractions. */
    private static String measure(Figure f) {
        return switch (f.unit()) {
            case PEOPLE, SOLDIERS -> "headcount";
            case EURO, DOLLAR, PERCENT -> f.unit().label();
            case MONEY -> "money:" + whatKey(f);
            case COUNT -> f.what().isBlank() ? null : COUNT + whatKey(f);
            default -> null;
        };
    }
}
