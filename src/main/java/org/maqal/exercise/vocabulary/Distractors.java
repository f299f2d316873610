package org.maqal.exercise.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.maqal.exercise.Shuffle;

/**
 * Chooses wrong choices for a gap, and says whether a word could fill a gap as well as its answer.
 * <p>
 * A distractor is a vocabulary word of the corpus of the <em>same kind</em> as the answer: the same
 * shape around its light stem (the same article or conjunction before it, the same plural, feminine or
 * adjective ending after it), and of <em>similar frequency</em> (candidates are ranked by how far
 * their corpus count is from the answer's, on a log scale, then by length; a seeded pick among the
 * closest). When too few words share the shape, words with the same beginning are taken.
 * <p>
 * A word is never offered when it could fit the gap just as well ({@link #fits}), which is when
 * <ul>
 *   <li>it is a form of the same word or close kin (same core or stem, or the same first letters:
 *       مهمة/مهمته، مدرب/مدربين، تدريب/تدرب);</li>
 *   <li>the corpus writes it in the same slot: right after the word before the gap, or right before
 *       the word after it;</li>
 *   <li>it shares a context with the answer: somewhere in the corpus both stand next to the same
 *       content word on the same side (بمهمته/بعمله after سيستمر), which is how near-synonyms show
 *       in a small corpus;</li>
 *   <li>it is already in the sentence.</li>
 * </ul>
 * Stateless once built; thread-safe.
 */
final class Distractors {
    private static final int POOL = 8;
    private final CorpusWords corpus;

    Distractors(CorpusWords corpus) {
        this.corpus = corpus;
    }

    /** Whether a normalised word could fill the gap as well as its answer (see the class comment). */
    boolean fits(String normal, Gap gap) {
        String answer = gap.answerNormal();
        if (normal.equals(answer) || gap.others().contains(normal)) return true;
        if (related(normal, answer)) return true;
        if (gap.left() != null && corpus.pair(gap.left(), normal)) return true;
        if (gap.right() != null && corpus.pair(normal, gap.right())) return true;
        return corpus.shareContext(normal, answer);
    }

    /** Whether two normalised words are forms of one word or close kin. */
    boolean related(String a, String b) {
        return WordRules.related(corpus.core(a), corpus.stem(a), corpus.core(b), corpus.stem(b));
    }

    /**
     * Up to {@code n} distractors for the gap, as written, none related to each other or to a word of
     * {@code avoid} (normalised), none fitting the gap.
     */
    List<String> choose(Gap gap, int n, Random random, Collection<String> avoid) {
        String answer = gap.answerNormal();
        String shape = WordRules.shape(answer, gap.at().token().stem());
        List<CorpusWords.Word> same = new ArrayList<>();
        List<CorpusWords.Word> near = new ArrayList<>();
        for (CorpusWords.Word w : corpus.vocabulary()) {
            if (avoid.stream().anyMatch(a -> a.equals(w.normal()) || related(a, w.normal())) || fits(w.normal(), gap)) continue;
            String s = WordRules.shape(w.normal(), w.stem());
            if (s.equals(shape)) {
                same.add(w);
            } else if (WordRules.prefix(s).equals(WordRules.prefix(shape))) {
                near.add(w);
            }
        }
        int count = corpus.frequency(answer);
        Comparator<CorpusWords.Word> closeness = Comparator
                .comparingDouble((CorpusWords.Word w) -> Math.abs(Math.log((double) w.count() / count)))
                .thenComparingInt(w -> Math.abs(w.normal().length() - answer.length()))
                .thenComparing(CorpusWords.Word::normal);
        same.sort(closeness);
        near.sort(closeness);
        List<String> chosen = new ArrayList<>();
        List<String> chosenNormal = new ArrayList<>();
        for (List<CorpusWords.Word> tier : List.of(same, near)) {
            for (CorpusWords.Word w : Shuffle.of(Shuffle.pick(tier, POOL, POOL, random), random)) {
                if (chosen.size() == n) return chosen;
                if (chosenNormal.stream().anyMatch(c -> related(c, w.normal()))) continue;
                chosen.add(w.written());
                chosenNormal.add(w.normal());
            }
        }
        return chosen;
    }
}
