package org.maqal.cli.bench;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maqal.lesson.student.AnswerHasher;
import org.maqal.text.AnswerNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench feedback}: how long instant feedback takes with the hash cost of student copies
 * ({@link AnswerHasher#DEFAULT_ITERATIONS}): the first check in a fresh program, a check once warm, a
 * five-pair matching, making a copy with many hashed parts, and what that means for someone guessing.
 */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = "Measures how long checking an answer against a student copy's hashes takes.")
final class FeedbackBench implements Callable<Integer> {
    @Option(names = "--hashes", defaultValue = "200", description = "Hashes to time once warm (default: ${DEFAULT-VALUE}).")
    int hashes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AnswerHasher hasher = AnswerHasher.fresh(new SecureRandom());
        String key = AnswerNormalizer.key("بحماية", false);
        long start = System.nanoTime();
        hasher.hash("g1", "whole", key);
        double first = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 20; i++) hasher.hash("warm-up", "whole", key + i);
        double[] times = new double[Math.max(1, hashes)];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            hasher.hash("item-" + i, "whole", key + i);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        double median = times[times.length / 2];
        out.printf(Locale.ROOT, "PBKDF2-HMAC-SHA256, %,d iterations per hash%n", hasher.iterations());
        out.printf(Locale.ROOT, "first check after start: %8.1f ms%n", first);
        out.printf(Locale.ROOT, "one-part answer, warm:   %8.1f ms (median of %d; fastest %.1f, slowest %.1f)%n",
                median, times.length, times[0], times[times.length - 1]);
        out.printf(Locale.ROOT, "five-pair matching:      %8.1f ms%n", 5 * median);
        out.printf(Locale.ROOT, "a copy with 200 parts:   %8.1f s to make%n", 200 * median / 1000);
        out.printf(Locale.ROOT, "guessing: %.0f guesses a second on one core; the %d words of a short article take %.1f s per part%n",
                1000 / median, 600, 600 * median / 1000);
        return 0;
    }
}
