package org.maqal.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The {@link Fingerprint} of each article file of a corpus folder, kept in
 * {@code DIR/.maqal/fingerprints.tsv} so that checking an import for duplicates does not decode the
 * whole corpus each time. An entry holds for the file only while its size and modification time are
 * those recorded; a file changed since is fingerprinted again. A file changed within
 * {@link #SETTLE_NANOS} of being recorded is not kept (an edit that quick might leave the time as it
 * was). The cache is only a shortcut: a missing, unreadable or malformed file counts as empty and is
 * written anew, and one that cannot be written is left as it is. Not thread-safe; one per import.
 */
final class FingerprintCache {
    /** The cache's file name in the corpus folder's {@code .maqal} folder. */
    static final String FILE = "fingerprints.tsv";
    /** How long a file must have been left alone before its fingerprint is kept. */
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final String HEADER = "maqal fingerprints 1";
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** What is known of one article file. */
    private record Entry(long size, long modified, String fingerprint) { }

    /** Reads an article's text; the cache calls it only when it has no fingerprint it can trust. */
    @FunctionalInterface
    interface TextReader {
        String read(Path article) throws CorpusException;
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private boolean changed;

    private FingerprintCache(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Where the cache of a corpus folder is kept. */
    static Path of(Path corpusFolder) {
        return corpusFolder.resolve(".maqal").resolve(FILE);
    }

    /** The cache of a corpus folder; empty when there is none or it is not one Maqal wrote whole. */
    static FingerprintCache load(Path corpusFolder) {
        Path file = of(corpusFolder);
        return new FingerprintCache(file, read(file));
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new HashMap<>();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return entries;
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[lines.length - 1].isEmpty()) return new HashMap<>();
            for (int i = 1; i < lines.length - 1; i++) {
                String[] f = lines[i].split("\t", 4);
                if (f.length != 4 || !HEX.matcher(f[2]).matches() || f[3].isEmpty()) return new HashMap<>();
                entries.put(f[3], new Entry(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2]));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>();
        }
    }

    /**
     * The fingerprint of an article file of the folder: the recorded one when the file's size and time
     * are those recorded with it, else that of the text {@code reader} gives, recorded for next time.
     *
     * @throws CorpusException when the file must be read and cannot be
     */
    String fingerprint(Path article, TextReader reader) throws CorpusException {
        String name = article.getFileName().toString();
        BasicFileAttributes seen = attributes(article);
        Entry known = entries.get(name);
        if (seen != null && known != null && known.size() == seen.size() && known.modified() == modified(seen)) {
            return known.fingerprint();
        }
        String fingerprint = Fingerprint.of(reader.read(article));
        if (seen != null) remember(name, seen, fingerprint);
        return fingerprint;
    }

    /** Records the fingerprint of a file just written. */
    void record(Path article, String fingerprint) {
        BasicFileAttributes seen = attributes(article);
        if (seen != null) remember(article.getFileName().toString(), seen, fingerprint);
    }

    /** Forgets the files that are no longer among these. */
    void keepOnly(Collection<Path> articles) {
        Set<String> names = new HashSet<>();
        for (Path a : articles) names.add(a.getFileName().toString());
        changed |= entries.keySet().retainAll(names);
    }

    /**
     * Writes the cache if it changed, atomically, creating the {@code .maqal} folder. A cache that
     * cannot be written (a read-only folder, a file where the folder should be) is left as it was: the
     * next import fingerprints the files again.
     */
    void save() {
        if (!changed) return;
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        entries.forEach((name, e) -> {
            if (settled(e) && name.indexOf('\n') < 0 && name.indexOf('\r') < 0) {
                out.append(e.size()).append('\t').append(e.modified()).append('\t').append(e.fingerprint())
                        .append('\t').append(name).append('\n');
            }
        });
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
            changed = false;
        } catch (IOException | RuntimeException e) {
            // See above: the cache is a shortcut, and the import does not depend on it.
        }
    }

    private void remember(String name, BasicFileAttributes seen, String fingerprint) {
        Entry entry = new Entry(seen.size(), modified(seen), fingerprint);
        if (!entry.equals(entries.put(name, entry)) && settled(entry)) changed = true;
    }

    /** Whether the file was left alone long enough before it was seen for its time to be trusted. */
    private static boolean settled(Entry entry) {
        return entry.modified() <= System.currentTimeMillis() * 1_000_000L - SETTLE_NANOS;
    }

    private static BasicFileAttributes attributes(Path article) {
        try {
            return Files.readAttributes(article, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static long modified(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }
}
