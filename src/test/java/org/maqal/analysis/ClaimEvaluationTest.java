package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.MetaField;

/**
 * Precision and recall of claims and speakers on Maqal's own annotated sample: short news
 * passages on other topics than the corpus, in three sets.
 * <ul>
 *   <li>ten development passages (health, economy, sport, education, climate, local politics,
 *       transport, culture, farming), written and annotated before the extractor and used to
 *       improve it;</li>
 *   <li>six "heldout-" passages, written once the extractor worked on the first set. Run blind
 *       they gave claims precision 0.74 recall 0.63, speakers precision 0.83 recall 0.71;</li>
 *   <li>six "blind-" passages, written when the extractor was finished and committed before it
 *       was run on them. Run blind they gave claims precision 0.80 recall 0.64, speakers
 *       precision 0.79 recall 0.69.</li>
 * </ul>
 * The misses of both later sets led to general fixes (titles the lists do not know, nationality
 * plurals, "أفاد بـ", a colon after a source, …), so their current figures are no longer blind:
 * the blind figures above are the honest estimate for unseen text. The floor holds for all
 * twenty-two passages together.
 */
class ClaimEvaluationTest {
    private static final String DIR = "/org/maqal/analysis/eval/claims/";
    private static final List<String> PASSAGES = List.of("health-cholera", "economy-reserves", "sport-football",
            "education-results", "climate-water", "politics-mosul", "transport-airways", "culture-exhibition",
            "health-children", "agriculture-wheat");
    private static final List<String> HELD_OUT = List.of("heldout-telecom", "heldout-court", "heldout-heatwave",
            "heldout-transfer", "heldout-oil", "heldout-measles");
    private static final List<String> BLIND = List.of("blind-diplomacy", "blind-university", "blind-security",
            "blind-fever", "blind-growth", "blind-league");
    private static final double FLOOR = 0.75;

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.standard();

    @Test
    void claimsAndSpeakersOnTheAnnotatedSampleReachTheFloor() throws IOException {
        List<String> log = new ArrayList<>();
        ClaimEvaluation.Score development = score(PASSAGES, log);
        ClaimEvaluation.Score heldOut = score(HELD_OUT, log);
        ClaimEvaluation.Score blind = score(BLIND, log);
        ClaimEvaluation.Score total = development.plus(heldOut).plus(blind);
        System.out.println(String.join(System.lineSeparator(), log));
        System.out.println("development sample (" + PASSAGES.size() + " passages):" + System.lineSeparator() + development.report());
        System.out.println("held-out sample (" + HELD_OUT.size() + " passages):" + System.lineSeparator() + heldOut.report());
        System.out.println("blind sample (" + BLIND.size() + " passages):" + System.lineSeparator() + blind.report());
        System.out.println("all:" + System.lineSeparator() + total.report());

        assertThat(total.expected()).isGreaterThanOrEqualTo(40);
        assertThat(total.precision()).as("claim precision").isGreaterThanOrEqualTo(FLOOR);
        assertThat(total.recall()).as("claim recall").isGreaterThanOrEqualTo(FLOOR);
        assertThat(total.speakerPrecision()).as("speaker precision").isGreaterThanOrEqualTo(FLOOR);
        assertThat(total.speakerRecall()).as("speaker recall").isGreaterThanOrEqualTo(FLOOR);
    }

    private ClaimEvaluation.Score score(List<String> names, List<String> log) throws IOException {
        ClaimEvaluation.Score total = ClaimEvaluation.Score.ZERO;
        for (String name : names) {
            String text;
            try (InputStream in = getClass().getResourceAsStream(DIR + name + ".txt")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            ArticleAnalysis analysis = analyzer.analyze(new Article(name, ArticleMetadata.titled(MetaField.supplied(name)), text));
            log.add(name + ":");
            total = total.plus(ClaimEvaluation.score(analysis, ClaimEvaluation.expected(DIR + name + ".json"), log));
        }
        return total;
    }
}
