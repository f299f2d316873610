package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.exercise.claims.Agreement;
import org.maqal.exercise.claims.ClaimLinks;
import org.maqal.exercise.claims.Link;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
import org.maqal.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The reader's highlights and claim details on the seed articles. */
class ReaderModelTest {
    private static final CorpusAnalysis CORPUS = CorpusAnalyzer.standard().analyze(Seeds.corpus().articles(), Progress.NONE);
    private static final ClaimLinks LINKS = ReaderModel.links(CORPUS);

    private static ReaderModel reader(String prefix) {
        ArticleReport report = CORPUS.report(Seeds.article(prefix).id()).orElseThrow();
        return new ReaderModel(report, LINKS);
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
                    assertThat(r.article().id()).isNotEqualTo(reader.report().id()));
        }
        assertThat(reader.claimAt(0)).isEmpty();
    }

    @Test
    void theNonCombatMissionIsShownAsRepeatedByTheLaterArticleWithItsSentence() {
        ReaderModel reader = reader("001");
        ReaderModel.ClaimDetails details = reader.details(claim(reader, "ومهمتنا غير قتالية"));

        assertThat(details.related()).filteredOn(r -> r.article().id().startsWith("003")).singleElement().satisfies(r -> {
            assertThat(r.agreement()).isEqualTo(Agreement.REPEATS);
            assertThat(r.sentence()).contains("غير قتالية");
        });
    }

    @Test
    void anotherSizeOfTheMissionIsShownAsContradictingOlsensFigure() {
        ReaderModel reader = reader("001");
        ReaderModel.ClaimDetails details = reader.details(claim(reader, "أكثر من 300 شخص"));

        assertThat(details.related()).filteredOn(r -> r.article().id().startsWith("004")).singleElement().satisfies(r -> {
            assertThat(r.agreement()).isEqualTo(Agreement.CONTRADICTS);
            assertThat(r.why()).isEqualTo(Link.Why.FIGURE);
            assertThat(r.sentence()).contains("500 عنصر");
        });
    }

    @Test
    void aClaimNoOtherArticleMentionsShowsNoOtherArticle() {
        long checked = 0;
        for (ArticleReport r : CORPUS.reports()) {
            ReaderModel reader = new ReaderModel(r, LINKS);
            for (Claim c : r.analysis().claims()) {
                if (!c.text().contains("أفغانستان")) continue;
                assertThat(reader.details(c).related()).as(c.text()).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void aClaimOfAnotherArticleIsRefused() {
        Claim ofAnother = reader("003").report().analysis().claims().get(0);
        assertThatThrownBy(() -> reader("001").details(ofAnother)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Claim claim(ReaderModel reader, String text) {
        return reader.report().analysis().claims().stream().filter(c -> c.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with " + text));
    }

    @Test
    void someClaimOfTheCorpusIsRepeatedElsewhere() {
        long linked = CORPUS.reports().stream().flatMap(r -> r.analysis().claims().stream()
                .map(c -> new ReaderModel(r, LINKS).details(c))).filter(d -> !d.related().isEmpty()).count();
        assertThat(linked).isPositive();
    }
}
