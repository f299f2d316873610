package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
import org.maqal.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The reader's highlights and claim details on the seed articles. */
class ReaderModelTest {
    private static final CorpusAnalysis CORPUS = CorpusAnalyzer.standard().analyze(Seeds.corpus().articles(), Progress.NONE);

    private static ReaderModel reader(String prefix) {
        ArticleReport report = CORPUS.report(Seeds.article(prefix).id()).orElseThrow();
        return new ReaderModel(report, new ClaimLinks(CORPUS));
    }

    @Test
    void highlightsPeoplePlacesFiguresAndClaimsWhereTheyStand() {
        ReaderModel reader = reader("001");
        for (ReaderModel.Kind kind : List.of(ReaderModel.Kind.PERSON, ReaderModel.Kind.PLACE, ReaderModel.Kind.FIGURE,
                ReaderModel.Kind.CLAIM)) {
            assertThat(reader.count(kind)).as(kind.name()).isPositive();
        }
        assertThat(reader.highlights()).allSatisfy(h ->
                assertThat(h.start()).isLessThan(h.end()).isGreaterThanOrEqualTo(0));
        assertThat(reader.highlights()).filteredOn(h -> h.kind() == ReaderModel.Kind.PLACE)
                .extracting(h -> reader.text().substring(h.start(), h.end())).contains("العراق");
        assertThat(reader.highlights()).filteredOn(h -> h.kind() == ReaderModel.Kind.FIGURE)
                .extracting(h -> reader.text().substring(h.start(), h.end())).anyMatch(t -> t.contains("300"));
    }

    @Test
    void clickingInsideAClaimFindsItAndItsDetailsNameOtherArticlesOnly() {
        ReaderModel reader = reader("001");
        for (Claim claim : reader.report().analysis().claims()) {
            int middle = (claim.span().start() + claim.span().end()) / 2;
            Claim found = reader.claimAt(middle).orElseThrow();
            assertThat(found.span().start()).isLessThanOrEqualTo(middle);
            assertThat(found.span().end()).isGreaterThan(middle);
            assertThat(reader.details(found).related()).allSatisfy(r ->
                    assertThat(r.report().id()).isNotEqualTo(reader.report().id()));
        }
        assertThat(reader.claimAt(0)).isEmpty();
    }

    @Test
    void someClaimOfTheCorpusIsRepeatedElsewhere() {
        long linked = CORPUS.reports().stream().flatMap(r -> r.analysis().claims().stream()
                .map(c -> new ReaderModel(r, new ClaimLinks(CORPUS)).details(c))).filter(d -> !d.related().isEmpty()).count();
        assertThat(linked).isPositive();
    }
}
