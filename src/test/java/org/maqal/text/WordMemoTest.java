package org.maqal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void aMemoGivesTheSameValueWithOrWithoutItsRecentWords() {
        WordMemo<Integer> lengths = WordMemo.of(String::length);
        WordMemo.Recent<Integer> recent = new WordMemo.Recent<>();
        for (String w : new String[] {"الحلف", "مهمة", "الحلف", new String("مهمة"), "العراق"}) {
            assertThat(lengths.get(w, recent)).isEqualTo(lengths.get(w)).isEqualTo(w.length());
        }
    }
}
