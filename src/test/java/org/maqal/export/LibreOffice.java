package org.maqal.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice, headless, as the tests use it to open exported documents like a word processor
 * does. Missing LibreOffice fails a test in CI (environment variable CI=true) and skips it, with a
 * message, elsewhere.
 */
final class LibreOffice {
    private static final long TIMEOUT_SECONDS = 240;

    private LibreOffice() {
    }

    /** The soffice program; in CI its absence fails the test, elsewhere it skips it. */
    static Path require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String message = "LibreOffice (soffice) is not installed, so exported documents cannot be opened in a word processor;"
                    + " install it (Debian/Ubuntu: libreoffice-writer-nogui) to run this test";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(message + " (in CI, .ci/run installs it)");
            Assumptions.abort(message);
        }
        return found.get();
    }

    /**
     * Converts documents to PDF in one run of LibreOffice with a profile of its own (so parallel
     * runs do not clash), and returns the PDFs in the same order.
     */
    static List<Path> toPdf(Path soffice, List<Path> documents, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("maqal-lo-profile");
        Path log = Files.createTempFile("maqal-lo", ".log");
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", outDir.toString()));
        documents.forEach(d -> command.add(d.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("LibreOffice did not convert the documents within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
            }
            List<Path> pdfs = new ArrayList<>();
            for (Path d : documents) {
                String name = d.getFileName().toString();
                Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
                if (!Files.isRegularFile(pdf)) fail("LibreOffice made no PDF of " + name + ": " + Files.readString(log));
                pdfs.add(pdf);
            }
            return pdfs;
        } finally {
            deleteTree(profile);
            Files.deleteIfExists(log);
        }
    }

    private static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            for (String name : List.of("soffice", "libreoffice", "soffice.exe")) candidates.add(Path.of(dir, name));
        }
        candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        candidates.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
