package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @Test
    void withoutArgumentsPrintsHowToUseMaqal() {
        CliRun run = CliRun.of();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: maqal", "analyze");
    }

    @Test
    void jsonHasTheFieldsScriptsRelyOn() throws Exception {
        CliRun run = CliRun.of("analyze", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode articles = new ObjectMapper().readTree(run.out()).get("articles");
        assertThat(articles).hasSize(5);
        for (JsonNode a : articles) {
            assertThat(a.fieldNames()).toIterable().contains("id", "title", "date", "source", "sentences", "tokens",
                    "entities", "figures", "claims", "vocabulary");
            assertThat(a.get("sentences").isArray()).isTrue();
            assertThat(a.get("sentences").get(0).isTextual()).isTrue();
            assertThat(a.get("tokens").asInt()).isGreaterThan(300);
            JsonNode word = a.get("vocabulary").get(0);
            assertThat(word.fieldNames()).toIterable().contains("headword", "forms", "count", "articles");
        }
        JsonNode first = articles.get(0);
        assertThat(first.get("id").asText()).isEqualTo("000_1cb0163bc9605f7c");
        assertThat(first.get("date").asText()).isEqualTo("2011-12");
        assertThat(first.at("/metadata/date/basis").asText()).isEqualTo("inferred");
        assertThat(first.at("/metadata/title/basis").asText()).isEqualTo("supplied");
        assertThat(articles.get(3).get("source").asText()).isEqualTo("K24");
    }

    @Test
    void chosenArticlesByIdPrefixInTheOrderGiven() throws Exception {
        CliRun run = CliRun.of("analyze", "--json", "004", "001");
        JsonNode articles = new ObjectMapper().readTree(run.out()).get("articles");
        assertThat(articles).extracting(a -> a.get("id").asText())
                .containsExactly("004_782780b7991aed56", "001_bcc271ba2864c5e3");
        assertThat(articles.get(1).get("sentences").get(0).asText())
                .isEqualTo("الناتو ينفي نيته تعويض التواجد الأميركي في العراق");
    }

    @Test
    void readableSummaryNamesEachArticle() {
        CliRun run = CliRun.of("analyze", "002");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("002_2cb12162d14b0c7f", "مستقبل بعثة الناتو", "[supplied]", "2024-10", "vocabulary:");
    }

    @Test
    void anUnknownArticleIsOneSentenceAndAFailingExitCode() {
        CliRun run = CliRun.of("analyze", "999");
        assertThat(run.code()).isNotZero();
        assertThat(run.err().strip()).startsWith("No article \"999\"").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aMissingCorpusFolderIsOneSentence(@TempDir Path dir) {
        CliRun run = CliRun.of("analyze", "--corpus", dir.resolve("nowhere").toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("There is no corpus folder").doesNotContain("Exception");
    }

    @Test
    void aFolderOfBareTextFilesIsACorpus(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("report-a.txt"), "الحلف يمدد مهمته في العراق\nقال الأمين العام إن الحلف سيمدد مهمته التدريبية في العراق عاما آخر.\n");
        Files.writeString(dir.resolve("report-b.txt"), "أعلنت الحكومة العراقية أن المدربين سيبقون في بغداد حتى نهاية العام المقبل، وفق بيان رسمي.\n");
        CliRun run = CliRun.of("analyze", "--json", "--corpus", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode articles = new ObjectMapper().readTree(run.out()).get("articles");
        assertThat(articles).extracting(a -> a.get("id").asText()).containsExactly("report-a", "report-b");
        assertThat(articles.get(0).get("title").asText()).isEqualTo("الحلف يمدد مهمته في العراق");
        assertThat(articles.get(0).at("/metadata/title/basis").asText()).isEqualTo("stated");
        assertThat(articles.get(1).at("/metadata/title/basis").asText()).isEqualTo("supplied");
    }
}
