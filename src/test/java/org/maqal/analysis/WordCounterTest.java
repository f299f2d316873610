package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void aFormMetInTwoEqualStringsIsGivenOnceWithBothCounts() {
        WordCounter counter = new WordCounter();
        int mission = counter.rowOf(7);
        // as a cache or a full word table gives them: equal forms in strings of their own
        counter.addToken(mission, new String("مهمة"), "مهمه", 0);
        counter.addToken(mission, "المهمة", "المهمه", 1);
        counter.addToken(mission, new String("مهمة"), "مهمه", 3);
        int forces = counter.rowOf(3);
        counter.addToken(forces, "القوات", "القوات", 2);

        WordCounts counts = counter.counts();

        assertThat(counts.forms(0)).isEqualTo(2);
        assertThat(counts.written(0, 0)).isEqualTo("مهمة");
        assertThat(counts.count(0, 0)).isEqualTo(2);
        assertThat(counts.written(0, 1)).isEqualTo("المهمة");
        assertThat(counts.count(0, 1)).isEqualTo(1);
        assertThat(counts.count(0)).isEqualTo(3);
        assertThat(counts.firstSentence(0)).isEqualTo(0);
        assertThat(counts.firstSentence(1)).isEqualTo(2);
        assertThat(counts.forms(1)).isEqualTo(1);
        assertThat(counts.written(1, 0)).isEqualTo("القوات");
        assertThat(counter.keys()).containsExactly(7, 3);
    }

    @Test
    void aRowWithNoTokensYetIsHandedOverWithNoForms() {
        WordCounter counter = new WordCounter();
        counter.rowOf(4);

        WordCounts counts = counter.counts();

        assertThat(counts.forms(0)).isZero();
        assertThat(counts.count(0)).isZero();
    }
}
