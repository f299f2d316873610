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
            String before = text.substring(Math.max(0, hit.start() - Concordance.CONTEXT), hit.start());
            assertThat(hit.before()).isEqualTo(before.replaceAll("\\s+", " "));
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
