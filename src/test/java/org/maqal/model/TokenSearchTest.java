package org.maqal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** A token list finds the token at an offset as reading the tokens one by one would. */
class TokenSearchTest {

    /** Tokens of the given lengths, each followed by the given gap (0 for punctuation stuck to a word). */
    private static TokenList tokens(List<Integer> lengths, List<Integer> gaps) {
        TokenList.Builder b = TokenList.builder(lengths.size());
        int at = 0;
        for (int i = 0; i < lengths.size(); i++) {
            int end = at + lengths.get(i);
            b.add("w", at, end, 0, TokenKind.ARABIC, "w", "w", false);
            at = end + gaps.get(i % gaps.size());
        }
        return b.build();
    }

    @Property(tries = 300)
    void eachSearchAgreesWithAScanFromTheFirstToken(@ForAll @Size(max = 40) List<@IntRange(min = 1, max = 9) Integer> lengths,
                                                    @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 3) Integer> gaps,
                                                    @ForAll @IntRange(min = -2, max = 400) int offset) {
        TokenList tokens = tokens(lengths, gaps);
        int n = tokens.size();
        int startingFrom = 0;
        while (startingFrom < n && tokens.start(startingFrom) < offset) startingFrom++;
        int endingAfter = 0;
        while (endingAfter < n && tokens.end(endingAfter) <= offset) endingAfter++;
        int startingAt = -1;
        while (startingAt + 1 < n && tokens.start(startingAt + 1) <= offset) startingAt++;

        assertThat(tokens.firstStartingFrom(offset)).isEqualTo(startingFrom);
        assertThat(tokens.firstEndingAfter(offset)).isEqualTo(endingAfter);
        assertThat(tokens.lastStartingAt(offset)).isEqualTo(startingAt);
    }

    @Test
    void anOffsetInsideAWordFindsThatWordAndAnOffsetInASpaceFindsTheNextOne() {
        // "وقال في 2024" : وقال [0,4) في [5,7) 2024 [8,12)
        TokenList tokens = tokens(List.of(4, 2, 4), List.of(1));
        assertThat(tokens.firstEndingAfter(2)).isEqualTo(0);
        assertThat(tokens.firstEndingAfter(4)).isEqualTo(1);
        assertThat(tokens.firstStartingFrom(4)).isEqualTo(1);
        assertThat(tokens.lastStartingAt(4)).isEqualTo(0);
        assertThat(tokens.firstStartingFrom(13)).isEqualTo(3);
        assertThat(tokens(List.of(), List.of(1)).firstEndingAfter(0)).isZero();
    }

    @Test
    void theLeastAndGreatestOffsetsFindTheFirstAndLastTokens() {
        TokenList tokens = tokens(List.of(4, 2, 4), List.of(1));
        assertThat(tokens.firstStartingFrom(Integer.MIN_VALUE)).isZero();
        assertThat(tokens.firstEndingAfter(Integer.MIN_VALUE)).isZero();
        assertThat(tokens.lastStartingAt(Integer.MIN_VALUE)).isEqualTo(-1);
        assertThat(tokens.firstStartingFrom(Integer.MAX_VALUE)).isEqualTo(3);
        assertThat(tokens.firstEndingAfter(Integer.MAX_VALUE)).isEqualTo(3);
        assertThat(tokens.lastStartingAt(Integer.MAX_VALUE)).isEqualTo(2);
    }
}
