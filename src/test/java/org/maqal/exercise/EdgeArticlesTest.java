package org.maqal.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.exercise.claims.ClaimSheetGenerator;
import org.maqal.exercise.comparison.ComparisonGenerator;
import org.maqal.model.Article;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Language;
import org.maqal.model.MetaField;
import org.maqal.model.Section;

/** Empty, one-line and undated articles give sections that hold together and say what they left out. */
class EdgeArticlesTest {
    private static final CorpusAnalysis CORPUS = CorpusAnalyzer.standard().analyze(List.of(
            article("empty", ""), article("quote", "قال الوزير إن الوضع جيد."), article("word", "خبر")));

    private static Article article(String id, String text) {
        return new Article(id, ArticleMetadata.titled(MetaField.supplied("عنوان " + id)), text);
    }

    @Test
    void everyPairOfOddArticlesGivesValidSectionsWithReasons() {
        for (ArticleReport a : CORPUS.reports()) {
            for (ArticleReport b : CORPUS.reports()) {
                if (a == b) continue;
                GenerationContext ctx = new GenerationContext(CORPUS, List.of(a, b), Map.of(), 8, 1, Language.EN);
                Section comparison = new ComparisonGenerator().generate(ctx);
                Section claims = new ClaimSheetGenerator().generate(ctx);

                SectionInvariants.check(comparison, ctx);
                SectionInvariants.check(claims, ctx);
                assertThat(comparison.skipped()).anyMatch(n -> n.contains("no date"));
                assertThat(comparison.items()).noneMatch(i -> i.prompt().startsWith("Words are not neutral"));
            }
        }
    }
}
