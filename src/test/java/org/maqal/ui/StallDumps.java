package org.maqal.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.monitor.WindowMonitor;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For GUI tests ({@code @ExtendWith(StallDumps.class)}): when a test has run longer than {@link #AFTER},
 * and again each {@link #AFTER} after that, writes every thread's stack and the event queues AssertJ
 * Swing's robots wait on to {@code target/gui-stalls/<class>.<test>.txt}, so a test that is slow only
 * in some runs shows where it waits. It reads the stacks from inside the JVM (the test fork carries
 * Jazzer's agent and dies on the SIGQUIT that jstack sends). It fails nothing and measures nothing; a
 * test that ends in time leaves no file.
 */
final class StallDumps implements BeforeEachCallback, AfterEachCallback {
    /** How long a GUI test runs before its threads are written down; the slowest take about 15 s. */
    static final Duration AFTER = Duration.ofSeconds(60);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StallDumps.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "maqal-stall-dumps");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void beforeEach(ExtensionContext context) {
        Path file = Path.of("target", "gui-stalls",
                context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName() + ".txt");
        long start = System.nanoTime();
        ScheduledFuture<?> watch = TIMER.scheduleAtFixedRate(() -> write(file, start),
                AFTER.toMillis(), AFTER.toMillis(), TimeUnit.MILLISECONDS);
        context.getStore(NAMESPACE).put(ScheduledFuture.class, watch);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ScheduledFuture<?> watch = context.getStore(NAMESPACE).remove(ScheduledFuture.class, ScheduledFuture.class);
        if (watch != null) watch.cancel(false);
    }

    private static void write(Path file, long start) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("--- still running after %d s; event queues the robots wait on: %s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), WindowMonitor.instance().allEventQueues()));
        Thread.getAllStackTraces().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Thread, StackTraceElement[]> e) -> e.getKey().getName()))
                .forEach(e -> {
                    out.append(String.format("%n\"%s\" %s%n", e.getKey().getName(), e.getKey().getState()));
                    for (StackTraceElement frame : e.getValue()) out.append("    at ").append(frame).append('\n');
                });
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("Could not write the stall dump " + file + ": " + e.getMessage());
        }
    }
}
