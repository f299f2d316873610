package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;
import org.maqal.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class ConcordanceTest {
    private final List<Article> articles = Seeds.corpus().articles();
    private final Concordance concordance = new Concordance(articles);

    @Test
    void findsAWordWrittenWithOrWithoutHamzaAndDiacritics() {
        List<Concordance.Hit> plain = concordance.search("الاطلسي", 500);
        List<Concordance.Hit> hamza = concordance.search("الأطلسي", 500);
        List<Concordance.Hit> voweled = concordance.search("الأَطْلَسِيّ", 500);
        assertThat(plain).isNotEmpty().isEqualTo(hamza).isEqualTo(voweled);
        assertThat(plain).extracting(Concordance.Hit::match).contains("الأطلسي");
    }

    @Test
    void everyHitPointsAtTheOriginalTextAndCarriesItsContext() {
        List<Concordance.Hit> hits = concordance.search("حلف شمال الأطلسي", 500);
        assertThat(hits).hasSizeGreaterThan(3);
        assertThat(hits).extracting(Concordance.Hit::articleId).hasSizeGreaterThan(1);
        for (Concordance.Hit hit : hits) {
            String text = Seeds.corpus().find(hit.articleId()).orElseThrow().text();
            assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.match());
            assertThat(ArabicNormalizer.normalize(hit.match()).replaceAll("\\s+", " ")).isEqualTo("حلف شمال الاطلسي");
            String textBefore = text.substring(0, hit.start()).replaceAll("\\s+", " ");
            String shownBefore = hit.before().replaceFirst("^…", "");
            assertThat(textBefore).endsWith(shownBefore);
            assertThat(shownBefore.length()).isLessThanOrEqualTo(Concordance.CONTEXT);
            String leftOut = textBefore.substring(0, textBefore.length() - shownBefore.length());
            assertThat(hit.before().startsWith("…")).as("an ellipsis where text is left out").isEqualTo(!leftOut.isEmpty());
            if (!leftOut.isEmpty()) assertThat(leftOut).as("whole words before").endsWith(" ");
            String textAfter = text.substring(hit.end()).replaceAll("\\s+", " ");
            String shownAfter = hit.after().replaceFirst("…$", "");
            assertThat(textAfter).startsWith(shownAfter);
            String rest = textAfter.substring(shownAfter.length());
            assertThat(hit.after().endsWith("…")).as("an ellipsis where text is left out").isEqualTo(!rest.isEmpty());
            if (!rest.isEmpty()) assertThat(rest).as("whole words after").startsWith(" ");
            assertThat(shownBefore + shownAfter).as("some context").isNotBlank();
        }
    }

    @Test
    void tehMarbutaAndAlefMaqsuraMatchTheirVariants() {
        assertThat(concordance.search("مهمه", 500)).isEqualTo(concordance.search("مهمة", 500)).isNotEmpty();
        int withHeh = concordance.search("الي", 500).size();
        assertThat(withHeh).isEqualTo(concordance.search("إلى", 500).size()).isPositive();
    }

    @Test
    void blankAndAbsentQueriesFindNothing() {
        assertThat(concordance.search("   ", 500)).isEmpty();
        assertThat(concordance.search("كمبيوتر", 500)).isEmpty();
    }

    @Test
    void stopsAtTheLimit() {
        assertThat(concordance.search("ال", 7)).hasSize(7);
    }
}
