package org.maqal.cli.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Contestants of a throughput measurement that take turns: each warm-up round and each timed round
 * runs every one of them once, in order, and each keeps its best timed round. Taking turns means that
 * on a shared machine whose speed drifts from minute to minute none of them meets only the slow
 * minutes.
 *
 * <p>The warm-up runs at least the rounds asked for, then goes on while the JIT compiler is still
 * at work: until a round during which it compiled for less than {@value #SETTLED_SHARE_PERCENT}% of
 * the round's time, or for {@value #MOST_WARM_UP_SECONDS} seconds at most. Maqal's stages are a lot
 * of code; on two cores the optimising compiler needs 15-20 seconds of analysis to finish, and until
 * then part of the work runs as profiling code, whose counters two threads keep taking from each
 * other, so that two threads went no faster than one.
 */
final class Trials {
    private static final int SETTLED_SHARE_PERCENT = 2;
    private static final int MOST_WARM_UP_SECONDS = 120;

    /** A piece of work to time; gives a count (tokens, say) so that the work cannot be optimised away. */
    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    /** Seconds of wall-clock and processor time, and the work's count. */
    record Measured(double seconds, double cpuSeconds, long tokens) {
        /** One pass's share of a measurement of several passes. */
        Measured perPass(int passes) {
            return new Measured(seconds / passes, cpuSeconds / passes, tokens / passes);
        }
    }

    /** One contestant: its work, its best round so far and the wall-clock time of each timed round. */
    static final class Trial {
        private final Work work;
        private double wall = Double.MAX_VALUE;
        private double cpu = Double.MAX_VALUE;
        private long result;
        private final List<Double> walls = new ArrayList<>();

        private Trial(Work work) {
            this.work = work;
        }

        private void time() throws Exception {
            Clock clock = Clock.start();
            result = work.run();
            Clock.Time time = clock.stop();
            wall = Math.min(wall, time.wall());
            cpu = Math.min(cpu, time.cpu());
            walls.add(time.wall());
        }

        /** The least wall-clock and the least processor time of the timed rounds. */
        Measured best() {
            return new Measured(wall, cpu, result);
        }
    }

    /**
     * How fast {@code a} went against {@code b} round by round: in each timed round, b's wall-clock
     * time over a's (above 1 when a was faster), both having run in that round, seconds apart. A slow spell
     * of a shared machine that lasts a round or more and slows every core alike slows both of a round's
     * runs, so the ratios move less than either contestant's times do, and their median is a steadier
     * figure than the ratio of the best rounds, which may come from different minutes. A neighbour
     * that takes one core still slows a contestant on several threads more than one on a single thread.
     * At least one round must have been timed.
     */
    static Ratios ratios(Trial a, Trial b) {
        int n = Math.min(a.walls.size(), b.walls.size());
        if (n == 0) throw new IllegalStateException("No timed round");
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = b.walls.get(i) / a.walls.get(i);
        Arrays.sort(r);
        // the middle value, or the mean of the two middle ones; the quartiles as far from either end
        return new Ratios(r[n / 4], (r[(n - 1) / 2] + r[n / 2]) / 2, r[n - 1 - n / 4], n);
    }

    /** The quartiles of the per-round ratios of {@link #ratios}, over {@code rounds} rounds. */
    record Ratios(double lower, double median, double upper, int rounds) {
        /** "0.52 (quartiles 0.49-0.55, 5 rounds)". */
        String describe() {
            return String.format(Locale.ROOT, "%.2f (quartiles %.2f-%.2f, %d round%s)", median, lower, upper, rounds,
                    rounds == 1 ? "" : "s");
        }
    }

    /**
     * How the warm-up went: rounds, seconds, the compiler's share of its last round (NaN where the
     * JVM does not tell it or there was no round) and whether it ended for lack of time.
     */
    record WarmUp(int rounds, double seconds, double lastCompilingShare, boolean timedOut) {
        /** One line for the bench's output. */
        String describe() {
            if (rounds == 0) return "warm-up: none";
            String share = Double.isNaN(lastCompilingShare) ? "" : String.format(Locale.ROOT, " (last round: %.1f%% compiling)",
                    lastCompilingShare * 100);
            String why = timedOut ? String.format(Locale.ROOT, "stopped after %d s with the JIT compiler still at work", MOST_WARM_UP_SECONDS)
                    : Double.isNaN(lastCompilingShare) ? "the rounds asked for"
                    : String.format(Locale.ROOT, "until the JIT compiler worked less than %d%% of a round", SETTLED_SHARE_PERCENT);
            return String.format(Locale.ROOT, "warm-up: %d rounds in %.0f s, %s%s", rounds, seconds, why, share);
        }
    }

    private final List<Trial> all = new ArrayList<>();
    private WarmUp warmUp = new WarmUp(0, 0, Double.NaN, false);

    /** Adds a contestant; it runs after those added before it in every round. */
    Trial add(Work work) {
        Trial trial = new Trial(work);
        all.add(trial);
        return trial;
    }

    /** Warms up (see the class comment; none at all when {@code warmUps} is 0), then times {@code rounds} rounds. */
    void run(int warmUps, int rounds) throws Exception {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        boolean watched = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        int done = 0;
        double share = Double.NaN;
        boolean timedOut = false;
        while (warmUps > 0) {
            boolean enough = done >= warmUps && (!watched || share * 100 < SETTLED_SHARE_PERCENT);
            if (enough) break;
            if ((System.nanoTime() - start) / 1e9 > MOST_WARM_UP_SECONDS) {
                timedOut = true;
                break;
            }
            long compiling = watched ? compiler.getTotalCompilationTime() : 0;
            long roundStart = System.nanoTime();
            for (Trial t : all) t.work.run();
            double roundMillis = (System.nanoTime() - roundStart) / 1e6;
            share = watched ? (compiler.getTotalCompilationTime() - compiling) / roundMillis : Double.NaN;
            done++;
        }
        warmUp = new WarmUp(done, (System.nanoTime() - start) / 1e9, share, timedOut);
        for (int r = 0; r < rounds; r++) {
            for (Trial t : all) t.time();
        }
    }

    /** How the last {@link #run}'s warm-up went. */
    WarmUp warmUp() {
        return warmUp;
    }
}
