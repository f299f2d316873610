package org.maqal.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A child JVM, run with the test class path, that saves a file without pause and prints
 * {@code saved N} after each save it has finished; crash tests start one, wait for its first save,
 * and kill it. Other lines the child prints are echoed with a {@code child:} prefix.
 */
public final class KillableChild {
    private final Process process;
    private final Thread reader;
    private final AtomicLong lastSaved = new AtomicLong(-1);
    private final CountDownLatch firstSave = new CountDownLatch(1);

    private KillableChild(Process process) {
        this.process = process;
        this.reader = new Thread(this::readSaves, "child-output");
        reader.start();
    }

    /** Starts {@code main} (a class with a {@code main} method in test scope) with these arguments. */
    public static KillableChild start(Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new KillableChild(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits for the child to report its first finished save; false when it did not within a minute. */
    public boolean awaitFirstSave() throws InterruptedException {
        return firstSave.await(60, TimeUnit.SECONDS);
    }

    /** The counter of the last save the child reported as finished; -1 before the first. */
    public long lastSaved() {
        return lastSaved.get();
    }

    /** Kills the child at once (no shutdown hooks, no flushing) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        reader.join();
    }

    /** The temporary files a save cut short left in a folder (names ending in {@code .tmp}). */
    public static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private void readSaves() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("saved ")) {
                    lastSaved.set(Long.parseLong(line.substring(6)));
                    firstSave.countDown();
                } else {
                    System.out.println("child: " + line);
                }
            }
        } catch (IOException e) {
            // The child was killed while we read: what it said before is all there is.
        }
    }
}
