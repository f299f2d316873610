package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
import org.maqal.model.Unit;
import org.maqal.testing.Seeds;
import org.maqal.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/** The comparison view and the claim tracker on the five seed articles. */
class ComparisonAndClaimsTest {
    private static final CorpusAnalysis CORPUS = CorpusAnalyzer.standard().analyze(Seeds.corpus().articles(), Progress.NONE);
    private final ComparisonModel all = new ComparisonModel(CORPUS.reports());

    @Test
    void figuresLeaveOutDatesAndYears() {
        assertThat(all.figures()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.figure().unit()).isNotIn(Unit.DATE, Unit.YEAR));
        assertThat(all.figures()).extracting(r -> r.figure().text()).anyMatch(t -> t.contains("300"));
    }

    @Test
    void seriesJoinTheSameKindOfFigureAcrossDatedArticlesInDateOrder() {
        List<ComparisonModel.Series> series = all.series();
        assertThat(series).isNotEmpty();
        for (ComparisonModel.Series s : series) {
            assertThat(s.points()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(s.points()).extracting(p -> p.report().id()).doesNotHaveDuplicates();
            assertThat(s.points()).extracting(ComparisonModel.Point::date).isSorted();
        }
    }

    @Test
    void voicesListWhoEachArticleQuotesAndWhoItLeavesOut() {
        List<ComparisonModel.Voices> voices = all.voices();
        assertThat(voices).hasSize(5);
        for (ComparisonModel.Voices v : voices) {
            long claims = v.report().analysis().claims().stream().filter(c -> !c.speaker().isBlank()).count();
            assertThat(v.quoted().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) claims);
            assertThat(v.missing()).doesNotContainAnyElementsOf(v.quoted().keySet());
        }
        assertThat(voices).anyMatch(v -> !v.missing().isEmpty());
    }

    @Test
    void coverageCountsMentionsPerArticleMostSharedFirstNamesThenTopics() {
        List<ComparisonModel.CoverageRow> rows = all.coverage();
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(60);
        assertThat(rows).allSatisfy(r -> assertThat(r.counts()).hasSize(5));
        for (boolean topics : new boolean[] {false, true}) {
            assertThat(rows).filteredOn(r -> (r.kind() == ComparisonModel.Kind.TOPIC) == topics)
                    .extracting(ComparisonModel.CoverageRow::articles).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }
        ComparisonModel.CoverageRow iraq = rows.stream().filter(r -> r.name().equals("العراق")).findFirst().orElseThrow();
        assertThat(iraq.kind()).isEqualTo(ComparisonModel.Kind.PLACE);
        assertThat(iraq.articles()).isEqualTo(5);
    }

    @Test
    void coverageTopicsAreWhatTheArticlesAreAboutAfterTheNames() {
        List<ComparisonModel.CoverageRow> rows = all.coverage();
        List<ComparisonModel.Kind> kinds = rows.stream().map(ComparisonModel.CoverageRow::kind).toList();
        assertThat(kinds.subList(kinds.indexOf(ComparisonModel.Kind.TOPIC), kinds.size())).containsOnly(ComparisonModel.Kind.TOPIC);
        List<String> topics = rows.stream().filter(r -> r.kind() == ComparisonModel.Kind.TOPIC)
                .map(r -> ArabicNormalizer.normalize(r.name())).toList();
        assertThat(topics).hasSizeBetween(5, 15).contains("التدريب", "انسحاب")
                .doesNotContainAnyElementsOf(List.of("قال", "وقال", "اكد", "واضاف", "عام", "العام", "الماضي", "الامين"));
    }

    @Test
    void claimTrackerFiltersByArticleSpeakerAndVerb() {
        ClaimTrackerModel claims = new ClaimTrackerModel(CORPUS);
        int total = CORPUS.reports().stream().mapToInt(r -> r.analysis().claims().size()).sum();
        assertThat(claims.all()).hasSize(total);
        ArticleReport second = CORPUS.reports().get(1);
        assertThat(claims.filter(second.id(), "", "")).hasSize(second.analysis().claims().size());
        List<ClaimTrackerModel.Row> olsen = claims.filter("", "اولسن", "");
        assertThat(olsen).isNotEmpty().allSatisfy(r -> assertThat(r.claim().speaker()).contains("أولسن"));
        assertThat(claims.filter("", "", "قال")).isNotEmpty().allSatisfy(r -> assertThat(r.claim().verb()).isEqualTo("قال"));
        assertThat(claims.verbs()).contains("قال").doesNotHaveDuplicates();
    }
}
