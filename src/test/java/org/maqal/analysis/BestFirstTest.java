package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Vocabulary is ranked as sorting by score, then headword, with a comparator would rank it. */
class BestFirstTest {

    @Provide
    Arbitrary<Double> scores() {
        // few distinct values, so that ties (and so the headword order) come up often
        return Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, 1.0, -1.0, -2.5, 7.25, Double.NaN,
                        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE),
                Arbitraries.doubles().between(-50, 50).ofScale(1));
    }

    @Property(tries = 300)
    void theOrderIsThatOfAStableSortByScoreThenHeadword(@ForAll @Size(max = 200) List<@net.jqwik.api.From("scores") Double> scores,
                                                       @ForAll("headwords") List<String> headwords) {
        int n = Math.min(scores.size(), headwords.size());
        double[] negated = new double[n];
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            negated[i] = scores.get(i);
            words[i] = headwords.get(i);
        }
        List<Integer> expected = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> negated[i]).thenComparing(i -> words[i])).toList();
        assertThat(BestFirst.order(words, negated)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Provide
    Arbitrary<List<String>> headwords() {
        // words that begin alike (الحلف، الحلفاء), one that begins another (قو، قوات) and the empty word
        return Arbitraries.of("قوات", "قو", "الحلف", "الحلفاء", "الحكومة", "بعثة", "العراق", "تدريب", "").list().ofMaxSize(200);
    }

    @Property(tries = 2000)
    void headwordsWithDifferentHeadKeysOrderAsTheStringsDo(@ForAll("anyWords") String a, @ForAll("anyWords") String b) {
        long x = BestFirst.headKey(a);
        long y = BestFirst.headKey(b);
        if (x != y) assertThat(Integer.signum(Long.compareUnsigned(x, y))).isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Provide
    Arbitrary<String> anyWords() {
        // few letters, the lowest and highest characters among them, so that shared beginnings and prefixes are common
        return Arbitraries.strings().withChars('\u0000', 'ا', 'ب', 'ل', '\uffff', 'a').ofMaxLength(6);
    }

    @Test
    void theHighestScoreComesFirstAndEqualScoresGoByHeadword() {
        int[] order = BestFirst.order(new String[] {"قوات", "الحلف", "بعثة", "العراق"}, new double[] {-1.5, -3.0, -1.5, -0.0});
        assertThat(order).containsExactly(1, 2, 0, 3);
    }
}
