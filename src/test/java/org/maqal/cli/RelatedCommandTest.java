package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedCommandTest {
    @TempDir
    Path corpus;

    @BeforeEach
    void copyTheSeeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, corpus.resolve(f.getFileName()));
        }
    }

    private static List<String> lines(String out) {
        return out.lines().toList();
    }

    @Test
    void listsTheOtherReportsOfTheStoryBestFirstWithAScore() {
        CliRun run = CliRun.of("related", "--corpus", corpus.toString(), "001");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = lines(run.out());
        assertThat(lines.get(0)).isEqualTo("Articles most like 001_bcc271ba2864c5e3 (الناتو ينفي نيته تعويض التواجد الأميركي في العراق):");
        assertThat(lines.subList(1, lines.size())).hasSize(4).allMatch(l -> l.matches("0\\.\\d{3}  00[0234]_[0-9a-f]{16}  .+"));
        List<Double> scores = lines.subList(1, lines.size()).stream().map(l -> Double.parseDouble(l.substring(0, 5))).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(corpus.resolve(".maqal/related-index.bin")).isRegularFile();
    }

    @Test
    void theSecondQueryUsesTheSavedIndexAndAnswersTheSame() throws IOException {
        String first = CliRun.of("related", "--corpus", corpus.toString(), "003", "--top", "2").out();
        byte[] index = Files.readAllBytes(corpus.resolve(".maqal/related-index.bin"));
        CliRun second = CliRun.of("related", "--corpus", corpus.toString(), "003", "--top", "2");

        assertThat(second.out()).isEqualTo(first);
        assertThat(lines(second.out())).hasSize(3);
        assertThat(corpus.resolve(".maqal/related-index.bin")).as("not rewritten").hasBinaryContent(index);
    }

    @Test
    void mistakesAreOneSentenceOnStandardError() {
        CliRun unknown = CliRun.of("related", "--corpus", corpus.toString(), "999");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("No article \"999\" in " + corpus + "; run `analyze` to list the article ids.");

        CliRun zero = CliRun.of("related", "--corpus", corpus.toString(), "001", "--top", "0");
        assertThat(zero.code()).isEqualTo(1);
        assertThat(zero.err().strip()).isEqualTo("--top must be at least 1, as in --top 5.");

        CliRun nowhere = CliRun.of("related", "--corpus", corpus.resolve("missing").toString(), "001");
        assertThat(nowhere.code()).isEqualTo(1);
        assertThat(lines(nowhere.err())).hasSize(1).allMatch(l -> l.startsWith("There is no corpus folder"));
    }

    @Test
    void answersEvenWhenTheIndexCannotBeSaved() throws IOException {
        Files.writeString(corpus.resolve(".maqal"), "not a folder");

        CliRun run = CliRun.of("related", "--corpus", corpus.toString(), "000");

        assertThat(run.code()).isZero();
        assertThat(lines(run.out())).hasSize(5);
        assertThat(lines(run.err())).hasSize(1).allMatch(l -> l.startsWith("The related-article index could not be saved"));
    }

    @Test
    void isListedInTheHelp() {
        assertThat(CliRun.of("--help").out()).contains("related");
        assertThat(CliRun.of("related", "--help").out()).contains("--top", "--corpus", "ID");
    }
}
