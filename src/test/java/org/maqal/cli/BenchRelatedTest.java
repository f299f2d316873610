package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The related-article part of {@code bench} runs and prints one row per library size; the figures are not judged here. */
class BenchRelatedTest {
    @Test
    void printsOneRowPerSizeAndHowEachFigureGrows() {
        CliRun run = CliRun.of("bench", "--related=60,120");

        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.contains("articles") && l.contains("warm s") && l.contains("q99 ms"));
        assertThat(lines).filteredOn(l -> l.matches("\\s+(60|120)\\s+\\d+\\.\\d .*")).hasSize(2)
                .allSatisfy(l -> assertThat(l.trim().split("\\s+")).hasSize(13));
        assertThat(lines).anyMatch(l -> l.startsWith("per 1,000 articles"));
    }
}
