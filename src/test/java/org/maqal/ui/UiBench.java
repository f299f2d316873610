package org.maqal.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;
import org.maqal.app.MemoryStore;
import org.maqal.app.Settings;
import org.maqal.exercise.LessonGenerator;
import org.maqal.testing.Seeds;

/**
 * Prints how long the window takes from the JVM's start to showing, and to being usable (corpus
 * analysed), and the longest the Swing thread is busy with one event while a lesson is generated
 * (from the click to the lesson shown in the editor) and while it is exported. Run under a display:
 * {@code src/build/bench-ui.sh}. Generation uses Maqal's standard generators; export a stand-in that
 * writes files (the real exporter is wired in Main).
 */
public final class UiBench {
    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("maqal-bench");
        Seeds.copyCorpusInto(root);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long beforeLaf = System.currentTimeMillis() - jvmStart;
        Settings settings = new Settings(new MemoryStore());
        MaqalApp.setUpLookAndFeel(settings.theme());
        long laf = System.currentTimeMillis() - jvmStart;
        Workbench wb = Workbench.build(root, settings, LessonGenerator.standard(), corpus -> new FakeExporter());
        long built = System.currentTimeMillis() - jvmStart;
        CountDownLatch shown = new CountDownLatch(1);
        AtomicLong frameCpu = new AtomicLong();
        SwingUtilities.invokeLater(() -> {
            long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            new MaqalApp(wb, () -> { }).show();
            frameCpu.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0);
            SwingUtilities.invokeLater(shown::countDown);
        });
        shown.await(60, TimeUnit.SECONDS);
        long visible = System.currentTimeMillis() - jvmStart;
        while (onEdt(() -> wb.corpus().analysis().isEmpty())) Thread.sleep(5);
        long usable = System.currentTimeMillis() - jvmStart;
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;

        EdtStalls queue = EdtStalls.install();
        long generation = 0;
        long export = 0;
        long generationCpu = 0;
        long exportCpu = 0;
        for (int round = 0; round < 3; round++) {
            queue.reset();
            CountDownLatch generated = new CountDownLatch(1);
            SwingUtilities.invokeLater(() -> {
                wb.builder().setArticleIds(wb.corpus().articles().stream().map(a -> a.id()).toList());
                wb.builder().generate(lesson -> {
                    wb.editor().show(lesson);
                    SwingUtilities.invokeLater(generated::countDown);
                });
            });
            generated.await(120, TimeUnit.SECONDS);
            generation = Math.max(generation, queue.longest());
            generationCpu = Math.max(generationCpu, queue.longestCpu());

            queue.reset();
            SwingUtilities.invokeLater(() -> {
                wb.export().setFolder(root.resolve("exports"));
                wb.export().export(wb.editor().lesson().orElseThrow());
            });
            while (onEdt(() -> wb.export().task().running() || wb.export().written().isEmpty())) Thread.sleep(5);
            export = Math.max(export, queue.longest());
            exportCpu = Math.max(exportCpu, queue.longestCpu());
        }
        System.out.printf("window shown %d ms after the JVM started; usable (corpus analysed) after %d ms (target < 2000)%n",
                visible, usable);
        System.out.printf("  (main reached %d ms, look and feel set %d ms, models built %d ms, frame built in %d ms of CPU;"
                        + " CPU used by then %d ms on %d cores; load %.1f)%n",
                beforeLaf, laf, built, frameCpu.get() / 1_000_000, cpu, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("longest Swing-thread stall: generation %.1f ms, export %.1f ms (target < 100);"
                + " CPU time of those events %.1f ms and %.1f ms%n", generation / 1e6, export / 1e6, generationCpu / 1e6, exportCpu / 1e6);
        System.exit(0);
    }

    private static boolean onEdt(Callable<Boolean> read) throws Exception {
        boolean[] result = new boolean[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result[0];
    }
}
