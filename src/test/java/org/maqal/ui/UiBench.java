package org.maqal.ui;

import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;
import org.maqal.app.DocumentExporter;
import org.maqal.app.ExportFormat;
import org.maqal.app.MemoryStore;
import org.maqal.app.Settings;
import org.maqal.exercise.LessonGenerator;
import org.maqal.testing.Seeds;

/**
 * Prints how long the window takes from the JVM's start to showing, and to being usable (corpus
 * analysed), and the longest the Swing thread is busy with one event while a lesson is generated
 * (from the click to the lesson shown in the editor) and while it is exported. Run under a display:
 * {@code src/build/bench-ui.sh}. Generation uses Maqal's standard generators; export the real
 * {@link DocumentExporter} writing the Word worksheet and answer key into a temporary folder.
 */
public final class UiBench {
    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("maqal-bench");
        Seeds.copyCorpusInto(root);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long beforeLaunch = System.currentTimeMillis() - jvmStart;
        long c0 = threadCpu();
        Settings settings = new Settings(new MemoryStore());
        AtomicLong modelsCpu = new AtomicLong();
        AtomicLong frameCpu = new AtomicLong();
        EventQueue.invokeLater(() -> frameCpu.set(-threadCpu()));
        MaqalApp app = MaqalApp.launch(settings, () -> {
            long m0 = threadCpu();
            Workbench built = Workbench.build(root, settings, LessonGenerator.standard(), corpus -> new DocumentExporter(corpus::articles));
            modelsCpu.set(threadCpu() - m0);
            return built;
        }, () -> { }).get(60, TimeUnit.SECONDS);
        long launched = System.currentTimeMillis() - jvmStart;
        long lafCpu = threadCpu() - c0;
        Workbench wb = app.workbench();
        CountDownLatch painted = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            frameCpu.addAndGet(threadCpu());
            painted.countDown();
        });
        painted.await(60, TimeUnit.SECONDS);
        long visible = System.currentTimeMillis() - jvmStart;
        long cpuShown = processCpu();
        while (onEdt(() -> wb.corpus().articles().isEmpty())) Thread.sleep(5);
        long listed = System.currentTimeMillis() - jvmStart;
        while (onEdt(() -> wb.corpus().analysis().isEmpty())) Thread.sleep(5);
        long usable = System.currentTimeMillis() - jvmStart;
        long cpu = processCpu();

        EdtStalls queue = EdtStalls.install();
        long generation = 0;
        long export = 0;
        long generationCpu = 0;
        long exportCpu = 0;
        long exportWall = 0;
        boolean exported = false;
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
            long exportStart = System.nanoTime();
            SwingUtilities.invokeLater(() -> {
                for (ExportFormat f : ExportFormat.values()) wb.export().setFormat(f, f == ExportFormat.WORKSHEET || f == ExportFormat.ANSWER_KEY);
                wb.export().setFolder(root.resolve("exports"));
                wb.export().export(wb.editor().lesson().orElseThrow());
            });
            while (onEdt(() -> wb.export().task().running() || wb.export().written().isEmpty())) Thread.sleep(5);
            exportWall = Math.max(exportWall, System.nanoTime() - exportStart);
            exported = onEdt(() -> wb.export().written().size() == 2);
            export = Math.max(export, queue.longest());
            exportCpu = Math.max(exportCpu, queue.longestCpu());
        }
        System.out.printf("window shown %d ms after the JVM started, articles listed %d ms, corpus analysed %d ms (target < 2000);"
                + " CPU of the whole process %d ms when shown, %d ms when analysed%n", visible, listed, usable, cpuShown, cpu);
        System.out.printf("  (main reached %d ms, frame shown %d ms; CPU: look and feel %d ms on the main thread while the models"
                        + " took %d ms on a worker; the Swing thread %d ms until the window was shown; %d cores; load %.1f)%n",
                beforeLaunch, launched, lafCpu / 1_000_000, modelsCpu.get() / 1_000_000, frameCpu.get() / 1_000_000,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("longest Swing-thread stall: generation %.1f ms, export %.1f ms (target < 100);"
                + " CPU time of those events %.1f ms and %.1f ms%n", generation / 1e6, export / 1e6, generationCpu / 1e6, exportCpu / 1e6);
        System.out.printf("  (export: worksheet and answer key .docx by DocumentExporter, %s, longest of 3 in %.0f ms; load %.1f)%n",
                exported ? "2 files written" : "FAILED: not 2 files", exportWall / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.exit(0);
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
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
