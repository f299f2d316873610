package org.maqal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.Token;
import org.maqal.model.TokenKind;
import org.maqal.testing.Seeds;

class TokenizerTest {
    private final TextPipeline pipeline = TextPipeline.standard();

    private List<Token> tokens(String text) {
        return pipeline.process(text).tokens();
    }

    @Test
    void wordsNumbersLatinAndPunctuationWithOffsets() {
        String text = "منح بقيمة 17.7 مليون يورو، وطائرات اف-16 من K24.";
        List<Token> tokens = tokens(text);
        assertThat(tokens).extracting(Token::text).containsExactly(
                "منح", "بقيمة", "17.7", "مليون", "يورو", "،", "وطائرات", "اف", "-", "16", "من", "K24", ".");
        assertThat(tokens).extracting(Token::kind).contains(TokenKind.NUMBER, TokenKind.LATIN, TokenKind.PUNCTUATION);
        for (Token t : tokens) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }

    @Test
    void keepsDiacriticsAndTatweelInTheTextButNotInTheNormalForm() {
        Token t = tokens("بـ\"كامل\" مُهِمّته").get(4);
        assertThat(t.text()).isEqualTo("مُهِمّته");
        assertThat(t.normal()).isEqualTo("مهمته");
        assertThat(tokens("بـ").get(0).normal()).isEqualTo("ب");
    }

    @Test
    void arabicIndicDigitsAreNumbers() {
        Token t = tokens("عام ٢٠٢٤").get(1);
        assertThat(t.kind()).isEqualTo(TokenKind.NUMBER);
        assertThat(t.normal()).isEqualTo("2024");
    }

    @Test
    void tokensKnowTheirSentence() {
        List<Token> tokens = tokens("قال الحلف إنه سينهي مهمته. وأضاف البيان أن التعاون مستمر.");
        assertThat(tokens.stream().filter(t -> t.text().equals("البيان")).findFirst().orElseThrow().sentence()).isEqualTo(1);
        assertThat(tokens.get(0).sentence()).isZero();
    }

    @Test
    void functionWordsWithAndWithoutClitics() {
        for (String w : List.of("في", "وفي", "على", "عليه", "إلى", "اليها", "أن", "بأن", "انه", "لكنه", "الذي", "التي",
                "هذا", "وهذه", "كان", "قد", "لم", "لن", "له", "بها", "منذ", "خلال", "حيث", "إن", "كما", "ولا")) {
            assertThat(tokens(w).get(0).function()).as(w).isTrue();
        }
        for (String w : List.of("الحلف", "مهمة", "وزير", "القوات", "التدريب", "انسحاب", "العراق", "بعثة", "عدد", "قال")) {
            assertThat(tokens(w).get(0).function()).as(w).isFalse();
        }
    }

    @Test
    void formsOfOneWordShareALightStem() {
        assertThat(tokens("القوات").get(0).stem()).isEqualTo(tokens("والقوات").get(0).stem());
        assertThat(tokens("الحلف").get(0).stem()).isEqualTo(tokens("للحلف").get(0).stem());
        assertThat(tokens("التدريب").get(0).stem()).isEqualTo(tokens("بالتدريب").get(0).stem());
    }

    @Test
    void everySeedTokenLiesInsideItsSentence() {
        for (var article : Seeds.corpus().articles()) {
            TextPipeline.Text text = pipeline.process(article.text());
            for (Token t : text.tokens()) {
                var s = text.sentences().get(t.sentence());
                if (t.kind() != TokenKind.PUNCTUATION) {
                    assertThat(t.start()).as(article.id() + " " + t).isBetween(s.start(), s.end());
                }
            }
        }
    }

    @Test
    void aTextMetAgainGivesTheSameTokensAsAFreshTokenizerDoes() {
        // the second pass finds its short words among the thread's recent words, a fresh pipeline in its table
        for (var article : Seeds.corpus().articles()) {
            List<Token> first = tokens(article.text());
            List<Token> again = tokens(article.text());
            List<Token> fresh = TextPipeline.standard().process(article.text()).tokens();
            assertThat(again).as(article.id()).containsExactlyElementsOf(first).containsExactlyElementsOf(fresh);
        }
        List<Token> near = tokens("مهمة مهمه مهمت مُهمة قوات قوة");
        assertThat(near).extracting(Token::text).containsExactly("مهمة", "مهمه", "مهمت", "مُهمة", "قوات", "قوة");
        assertThat(near).extracting(Token::normal).containsExactly("مهمه", "مهمه", "مهمت", "مهمه", "قوات", "قوه");
    }
}
