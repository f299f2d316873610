package org.maqal.analysis.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.maqal.analysis.ArticleAnalyzer;

/**
 * Which analyzer made a stored analysis: a SHA-256 over the compiled classes and word lists of the
 * packages analysis depends on ({@code org.maqal.analysis} without its subpackages,
 * {@code org.maqal.text}, {@code org.maqal.model}). Any change to them, in code or in a word list,
 * gives another version, so that analyses stored by an older analyzer are not used; rebuilding the
 * same code gives the same version. Read from the jar's table of contents (names, CRCs, sizes) or,
 * when run from classes on disk, from the files. Stateless.
 */
public final class AnalyzerVersion {
    private static final List<String> FOLDERS = List.of("org/maqal/analysis/", "org/maqal/text/", "org/maqal/model/");

    private AnalyzerVersion() {
    }

    private static final class Holder {
        static final Optional<String> CURRENT = compute();
    }

    /** The version of the analyzer in this program, or empty when its classes cannot be found to tell. */
    public static Optional<String> current() {
        return Holder.CURRENT;
    }

    private static Optional<String> compute() {
        try {
            CodeSource source = ArticleAnalyzer.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return Optional.empty();
            Path location = Path.of(source.getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            boolean found = Files.isDirectory(location) ? fromFolder(location, digest) : fromJar(location, digest);
            return found ? Optional.of(HexFormat.of().formatHex(digest.digest())) : Optional.empty();
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean fromJar(Path jar, MessageDigest digest) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            zip.stream().filter(e -> !e.isDirectory() && inFolders(e.getName())).forEach(entries::add);
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (ZipEntry e : entries) {
                if (e.getCrc() < 0 || e.getSize() < 0) {
                    try (InputStream in = zip.getInputStream(e)) {
                        add(digest, e.getName(), in.readAllBytes());
                    }
                } else {
                    add(digest, e.getName(), (e.getCrc() + ":" + e.getSize()).getBytes(StandardCharsets.US_ASCII));
                }
            }
            return !entries.isEmpty();
        }
    }

    private static boolean fromFolder(Path root, MessageDigest digest) throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).forEach(f -> names.add(folder + f.getFileName()));
            }
        }
        names.sort(null);
        for (String name : names) add(digest, name, Files.readAllBytes(root.resolve(name)));
        return !names.isEmpty();
    }

    /** Whether a file lies directly in one of the folders (not in a subfolder). */
    private static boolean inFolders(String name) {
        for (String folder : FOLDERS) {
            if (name.startsWith(folder) && name.indexOf('/', folder.length()) < 0) return true;
        }
        return false;
    }

    private static void add(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        digest.update((byte) 0);
    }
}
