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

    @Test
    void wordIdsGiveOneIdPerNormalFormAndTheMemoTheSameValuesByThem() {
        TextPipeline pipeline = TextPipeline.standard();
        TextPipeline.Text text = pipeline.process("قالت الوزارة إن مُهِمّة الحلف مهمة صعبة، وقالت الوزارة إن الحلف باق.");
        java.util.List<org.maqal.model.Token> tokens = text.tokens();
        java.util.Map<String, Integer> idOf = new java.util.HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Integer earlier = idOf.putIfAbsent(tokens.get(i).normal(), text.wordId(i));
            if (earlier != null) assertThat(text.wordId(i)).as(tokens.get(i).text()).isEqualTo(earlier);
            assertThat(pipeline.wordId(tokens.get(i).normal())).isEqualTo(text.wordId(i));
        }
        assertThat(new java.util.HashSet<>(idOf.values())).hasSize(idOf.size()).allMatch(id -> id >= 0);
        assertThat(pipeline.wordId("كلمة لم ترد")).isEqualTo(-1);

        WordMemo<Integer> lengths = WordMemo.of(String::length);
        for (int i = 0; i < tokens.size(); i++) {
            String normal = tokens.get(i).normal();
            assertThat(lengths.get(normal, text.wordId(i))).isEqualTo(normal.length());
        }
        // an id met with another word (say, from another pipeline) is not trusted: the word is looked up
        assertThat(lengths.get("العراق", text.wordId(0))).isEqualTo("العراق".length());
        assertThat(lengths.get("قوات", -1)).isEqualTo(4);
    }
}
