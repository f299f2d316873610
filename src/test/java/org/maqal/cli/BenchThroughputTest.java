package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The throughput part of {@code bench} runs Maqal and Lucene on the same generated texts and prints a
 * row for each with the ratios; the figures themselves are not judged here (speed is measured, not
 * asserted).
 */
class BenchThroughputTest {
    @Test
    void printsMaqalAndLuceneRowsAndTheRatios() {
        CliRun run = CliRun.of("bench", "--articles=40", "--rounds=2", "--warm-up=0", "--sizes=0", "--threads=2");

        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("analysis: 40 generated articles"));
        for (String label : List.of("Maqal analysis (all stages, 2 threads)", "Maqal analysis (all stages, 1 thread)",
                "Maqal text stage alone (1 thread)", "Lucene ArabicAnalyzer (1 thread)", "Lucene ArabicAnalyzer (2 threads)",
                "Lucene ArabicAnalyzer (2 threads, ")) {
            assertThat(lines).as(label).anyMatch(l -> l.startsWith(label) && l.matches(".*\\s\\d+\\.\\d\\d\\s+\\d+\\.\\d{3}\\s+\\d+$"));
        }
        assertThat(lines).anyMatch(l -> l.matches("Maqal / Lucene \\(1 thread\\): \\d+\\.\\d\\d   Maqal / Lucene \\(2 threads\\): \\d+\\.\\d\\d"));
        assertThat(lines).anyMatch(l -> l.matches("Maqal text stage / Lucene \\(1 thread; .*\\): \\d+\\.\\d\\d"));
        assertThat(lines).anyMatch(l -> l.matches("Maqal / Lucene \\(2 threads, over the same length of time\\): \\d+\\.\\d\\d"));
        assertThat(lines).anyMatch(l -> l.matches("Maqal \\(2 threads\\) / Lucene's analyzer as it comes \\(1 thread\\): \\d+\\.\\d\\d"));
        assertThat(lines).anyMatch(l -> l.matches("  the same, round by round .*: median \\d+\\.\\d\\d \\(quartiles \\d+\\.\\d\\d-\\d+\\.\\d\\d, 2 rounds\\)"));
        assertThat(lines).anyMatch(l -> l.startsWith("lesson from 5 articles"));
    }
}
