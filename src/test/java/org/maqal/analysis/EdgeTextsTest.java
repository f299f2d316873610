package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.MetaField;

/** Texts that stop short, in the middle of a pattern, give what they can and never fail. */
class EdgeTextsTest {
    private static final List<String> TEXTS = List.of("", " ", "\n\n", ".", "\"", "«", "قال", "وقال", "قال الوزير",
            "قال الوزير سعيد", "وأضاف أن", "وأضاف: \"", "الأمين العام", "الأمين العام،", "بحسب", "وفقاً لـ", "نقلاً عن",
            "بقوله", "قوله", "عن مسؤول قوله", "وزير الصحة:", "مشيراً إلى", "\"لا تعليق\"، قال", "حلف", "لحلف شمال",
            "في بيان \" ان", "K24", "2024", "محافظة", "أبو", "عبد", "أم علي");

    @Test
    void truncatedPatternsNeverFail() {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        for (String text : TEXTS) {
            ArticleAnalysis a = analyzer.analyze(new Article("edge", ArticleMetadata.titled(MetaField.supplied("edge")), text));
            assertThat(a.claims()).as(text).allSatisfy(c -> assertThat(c.text()).isNotBlank());
            assertThat(a.entities()).as(text).allSatisfy(e -> assertThat(e.mentions()).isNotEmpty());
        }
    }

    /** A tatweel standing alone is a dash in Arabic news ("500 ـ 600"); the token it makes has an empty normal form. */
    @Test
    void aTatweelUsedAsADashIsReadAsOne() {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        ArticleAnalysis aside = analyzer.analyze(new Article("dash", ArticleMetadata.titled(MetaField.supplied("dash")),
                "قال سامي العبيدي ـ وهو مسؤول ـ إن الوضع مستقر."));
        assertThat(aside.entities()).extracting(e -> e.name()).containsExactly("سامي العبيدي");
        ArticleAnalysis range = analyzer.analyze(new Article("dash", ArticleMetadata.titled(MetaField.supplied("dash")),
                "أرسل الحلف 500 ـ 600 جندي."));
        assertThat(range.figures()).extracting(f -> f.text()).contains("600 جندي");
        ArticleAnalysis title = analyzer.analyze(new Article("dash", ArticleMetadata.titled(MetaField.supplied("dash")),
                "قال الأمين العام ـ إن المهمة مستمرة."));
        assertThat(title.tokens()).hasSize(8);
        // a word cut by a stray tatweel: the name ends where the dash stands
        ArticleAnalysis cut = analyzer.analyze(new Article("dash", ArticleMetadata.titled(MetaField.supplied("dash")),
                "أبو مهدي المه ـ ندس في غارة."));
        assertThat(cut.entities()).extracting(e -> e.name()).containsExactly("أبو مهدي المه");
    }

    @Test
    void anyWindowOfASeedArticleIsAnalysedWithoutFailing() {
        ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
        for (String id : List.of("000", "001", "002", "003", "004")) {
            String text = SeedArticles.text(id);
            for (int start = 0; start < text.length(); start += 37) {
                for (int length : new int[] {23, 90, 260}) {
                    String window = text.substring(start, Math.min(text.length(), start + length));
                    ArticleAnalysis a = analyzer.analyze(new Article("w", ArticleMetadata.titled(MetaField.supplied("w")), window));
                    assertThat(a.claims()).as(window).allSatisfy(c ->
                            assertThat(window.substring(c.span().start(), c.span().end())).isEqualTo(c.text()));
                }
            }
        }
    }
}
