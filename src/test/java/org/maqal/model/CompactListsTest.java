package org.maqal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The compact sentence, token and vocabulary lists give back exactly what was put in them. */
class CompactListsTest {

    private static List<Token> tokens() {
        return List.of(
                new Token("وقال", 0, 4, 0, TokenKind.ARABIC, "وقال", "قال", false),
                new Token("في", 5, 7, 0, TokenKind.ARABIC, "في", "في", true),
                new Token("2024", 8, 12, 0, TokenKind.NUMBER, "2024", "2024", false),
                new Token("K24", 13, 16, 1, TokenKind.LATIN, "k24", "k24", false),
                new Token("،", 16, 17, 1, TokenKind.PUNCTUATION, "،", "،", false));
    }

    @Test
    void aTokenListEqualsTheTokensItWasMadeFromAndReadsEachField() {
        List<Token> tokens = tokens();
        TokenList list = TokenList.copyOf(tokens);
        assertThat(list).isEqualTo(tokens).hasSameHashCodeAs(tokens);
        assertThat(TokenList.copyOf(list)).isSameAs(list);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertThat(List.of(list.text(i), list.normal(i), list.stem(i))).containsExactly(t.text(), t.normal(), t.stem());
            assertThat(List.of(list.start(i), list.end(i), list.sentence(i))).containsExactly(t.start(), t.end(), t.sentence());
            assertThat(list.kind(i)).isEqualTo(t.kind());
            assertThat(list.function(i)).isEqualTo(t.function());
            assertThat(list.isContentWord(i)).isEqualTo(t.isContentWord());
        }
        assertThatThrownBy(() -> list.normal(tokens.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.set(0, tokens.get(1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLazyTokenListAsksItsSourceOnceWhenFirstReadAndAgainOnlyAfterItFailed() {
        List<Token> tokens = tokens();
        AtomicInteger asked = new AtomicInteger();
        TokenList lazy = TokenList.lazy(() -> {
            if (asked.incrementAndGet() == 1) throw new IllegalStateException("not yet");
            return TokenList.copyOf(tokens);
        });
        assertThat(asked).hasValue(0);
        assertThatThrownBy(lazy::size).isInstanceOf(IllegalStateException.class);

        assertThat(lazy.normal(3)).isEqualTo("k24");
        assertThat(lazy).isEqualTo(tokens);
        assertThat(TokenList.copyOf(lazy)).isSameAs(lazy);
        assertThat(asked).hasValue(2);
        assertThatThrownBy(() -> lazy.stem(tokens.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aLazyListOfClaimsIsKeptByTheAnalysisAndMadeOnceWhenFirstRead() {
        Article article = new Article("a", ArticleMetadata.titled(MetaField.supplied("a")), "قال الوزير إن المهمة انتهت.");
        Claim claim = new Claim("الوزير", null, "قال", "إن المهمة انتهت", false, new Span(10, 26, 0, "إن المهمة انتهت"));
        AtomicInteger asked = new AtomicInteger();
        List<Claim> lazy = LazyList.of(() -> {
            asked.incrementAndGet();
            return List.of(claim);
        });
        ArticleAnalysis analysis = new ArticleAnalysis(article, List.of(), List.of(), List.of(), List.of(), lazy);

        assertThat(analysis.claims()).isSameAs(lazy);
        assertThat(asked).hasValue(0);
        assertThat(analysis.claims()).containsExactly(claim);
        assertThat(analysis.claims().size()).isOne();
        assertThat(asked).hasValue(1);
        assertThatThrownBy(() -> lazy.add(claim)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLazyTokenListReadByManyThreadsAtOnceIsMadeOnce() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        TokenList lazy = TokenList.lazy(() -> {
            asked.incrementAndGet();
            return TokenList.copyOf(tokens());
        });
        List<Thread> readers = new ArrayList<>();
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) readers.add(new Thread(() -> seen.add(lazy.text(4))));
        readers.forEach(Thread::start);
        for (Thread t : readers) t.join();

        assertThat(seen).hasSize(8).containsOnly("،");
        assertThat(asked).hasValue(1);
    }

    @Test
    void aBuilderThatGoesOnAddingLeavesTheListsItBuiltAsTheyWere() {
        TokenList.Builder builder = TokenList.builder(2);
        List<Token> added = new ArrayList<>();
        List<TokenList> built = new ArrayList<>();
        List<List<Token>> expected = new ArrayList<>();
        for (Token t : tokens()) {
            builder.add(t.text(), t.start(), t.end(), t.sentence(), t.kind(), t.normal(), t.stem(), t.function());
            added.add(t);
            built.add(builder.build());
            expected.add(List.copyOf(added));
        }
        assertThat(built).isEqualTo(expected);
    }

    @Test
    void aVocabularyListEqualsTheItemsItWasMadeFrom() {
        List<VocabularyItem> items = List.of(
                new VocabularyItem("مهمة", "مهم", List.of("مهمة", "المهمة"), 5, 3, 12.5, true, 0),
                new VocabularyItem("الحلف", "حلف", List.of("الحلف"), 2, 1, -0.5, false, 4));
        VocabularyList list = VocabularyList.copyOf(items);
        assertThat(list).isEqualTo(items).hasSameHashCodeAs(items);
        assertThat(list.get(0).forms()).isSameAs(items.get(0).forms());
        assertThat(VocabularyList.copyOf(list)).isSameAs(list);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aVocabularyListBuiltItemByItemEqualsTheItemsAndRefusesTooManyOrTooFew() {
        List<VocabularyItem> items = List.of(
                new VocabularyItem("مهمة", "مهم", List.of("مهمة", "المهمة"), 5, 3, 12.5, true, 0),
                new VocabularyItem("الحلف", "حلف", List.of("الحلف"), 2, 1, -0.5, false, 4));
        VocabularyList.Builder builder = new VocabularyList.Builder(2);
        for (VocabularyItem v : items) {
            builder.add(v.headword(), v.stem(), v.forms(), v.count(), v.articles(), v.keyness(), v.topic(), v.example());
        }
        VocabularyList list = builder.build();
        assertThat(list).isEqualTo(items);
        assertThat(VocabularyList.copyOf(list)).isSameAs(list);
        assertThatThrownBy(() -> builder.add("زائد", "زائد", List.of("زائد"), 1, 1, 0, false, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new VocabularyList.Builder(3).add("مهمة", "مهم", List.of("مهمة"), 1, 1, 0, false, 0).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSentenceListReadsItsSentencesFromTheTextAndRefusesNoneThatDoNotMatchIt() {
        String text = "الناتو ينهي مهمته\nقال الأمين العام إن المهمة انتهت. وأضاف أن التعاون مستمر.";
        List<Sentence> sentences = List.of(new Sentence(0, 0, 17, text.substring(0, 17), true),
                new Sentence(1, 18, 50, text.substring(18, 50), false),
                new Sentence(2, 51, text.length(), text.substring(51), false));
        List<Sentence> list = SentenceList.of(text, sentences);
        assertThat(list).isInstanceOf(SentenceList.class).isEqualTo(sentences);
        assertThat(SentenceList.of(text, list)).isSameAs(list);
        List<Sentence> edited = List.of(new Sentence(0, 0, 17, "عنوان آخر تماما", true));
        assertThat(SentenceList.of(text, edited)).isNotInstanceOf(SentenceList.class).isEqualTo(edited);
    }

    @Test
    void aSentenceListBuiltFromOffsetsHoldsTheTextBetweenThemAndIsStoredAsItIs() {
        String text = "الناتو ينهي مهمته\nقال الأمين العام إن المهمة انتهت. وأضاف أن التعاون مستمر.";
        int second = text.indexOf("قال");
        int third = text.indexOf("وأضاف");
        SentenceList built = new SentenceList.Builder(text).add(0, 17, true).add(second, third - 1, false).add(third, text.length(), false).build();
        List<Sentence> expected = List.of(new Sentence(0, 0, 17, "الناتو ينهي مهمته", true),
                new Sentence(1, second, third - 1, "قال الأمين العام إن المهمة انتهت.", false),
                new Sentence(2, third, text.length(), "وأضاف أن التعاون مستمر.", false));
        assertThat(built).isEqualTo(expected);
        assertThat(SentenceList.starts(built)).containsExactly(0, second, third);
        assertThat(SentenceList.indexes(built)).containsExactly(0, 1, 2);
        assertThat(SentenceList.starts(expected)).containsExactly(0, second, third);
        // it keeps only offsets already, so storing it keeps the very list
        assertThat(SentenceList.of(text, built)).isSameAs(built);
        assertThatThrownBy(() -> new SentenceList.Builder(text).add(60, text.length() + 1, false))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
