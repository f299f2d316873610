package org.maqal.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.Basis;
import org.maqal.model.MetaField;
import org.maqal.text.TextDigest;

/**
 * What Maqal found out about each article's files of a corpus folder, kept in
 * {@code DIR/.maqal/corpus-files.bin} so that the next reading or import can skip what cannot have
 * changed: a text file of the same size and modification time that was plain UTF-8 (nothing for the
 * decoder to detect, clean or refuse) is taken as UTF-8 without those checks, a metadata file of
 * the same size and modification time is not parsed again, the text's {@link TextDigest} is handed on
 * with the corpus ({@link Corpus#textHashes()}) instead of being computed again, and the text's
 * {@link Fingerprint}, once an import has computed it, is not computed again for the duplicate check. An entry is
 * written only for a text file left alone for {@link #SETTLE_NANOS} before it was seen (an edit
 * that quick might leave the size and time as they were).
 *
 * <p>Format {@value #FORMAT}: {@code "MAQALCF\n"}, the format (int32), the article count (int32),
 * then for each article its id, the text file's size and time (int64 each, time in nanoseconds),
 * whether it was plain UTF-8, the fingerprint and the {@link TextDigest} in hex (each empty when not
 * yet known), whether it has a metadata
 * file and if so its size, time and the seven fields (value, basis); strings as int32 length and
 * UTF-8; a CRC-32C of all the bytes before (int64). A file that is missing, damaged or of another
 * format (an earlier one included) is ignored and written anew; one that cannot be written is not
 * written. Stateless.
 */
final class FileCatalog {
    static final String NAME = "corpus-files.bin";
    static final int FORMAT = 2;
    /** How long a text file must have been left alone before what was found about it is kept. */
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final byte[] MAGIC = "MAQALCF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Basis[] BASES = Basis.values();
    private static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final int HEX_DIGITS = 64;

    /** A file's size and modification time. */
    record Stamp(long size, long modified) {
        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
    }

    /**
     * What was found about one article.
     *
     * @param plain       whether the text file was UTF-8 that the decoder took as it was
     * @param metadata    the metadata file's stamp and what it held, or null when there was none
     *                    (or it was not looked at)
     * @param fingerprint the text's {@link Fingerprint}, or null when it was not computed
     * @param textHash    the text's {@link TextDigest} in hex, or null when it was not computed
     */
    record Entry(Stamp text, boolean plain, Stamp metadataFile, ArticleMetadata metadata, String fingerprint, String textHash) {
        /** What an import's duplicate check found: only the fingerprint, the rest to be checked by the reader. */
        static Entry fingerprinted(Stamp text, String fingerprint) {
            return new Entry(text, false, null, null, fingerprint, null);
        }

        /** This entry with the text's fingerprint. */
        Entry withFingerprint(String fingerprint) {
            return new Entry(text, plain, metadataFile, metadata, fingerprint, textHash);
        }

        /** Whether the text file had been left alone long enough, when it was seen, for its stamp to be trusted. */
        boolean settled() {
            return text.modified() <= System.currentTimeMillis() * 1_000_000L - SETTLE_NANOS;
        }
    }

    private FileCatalog() {
    }

    static Path of(Path folder) {
        return folder.resolve(".maqal").resolve(NAME);
    }

    /** The entries kept for a folder, by article id; empty when there are none or they cannot be read. */
    static Map<String, Entry> read(Path folder) {
        Path file = of(folder);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Map.of();
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < MAGIC.length + 16 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return Map.of();
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 8);
            if (ByteBuffer.wrap(bytes).getLong(bytes.length - 8) != crc.getValue()) return Map.of();
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length - 8 - MAGIC.length));
            if (in.readInt() != FORMAT) return Map.of();
            int n = in.readInt();
            if (n < 0 || n > bytes.length) return Map.of();
            Map<String, Entry> entries = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String id = string(in);
                Stamp text = new Stamp(in.readLong(), in.readLong());
                boolean plain = in.readBoolean();
                String fingerprint = string(in);
                String textHash = string(in);
                if (!hexOrEmpty(fingerprint) || !hexOrEmpty(textHash)) return Map.of();
                Stamp metaStamp = null;
                ArticleMetadata metadata = null;
                if (in.readBoolean()) {
                    metaStamp = new Stamp(in.readLong(), in.readLong());
                    MetaField[] f = new MetaField[7];
                    for (int j = 0; j < f.length; j++) {
                        String value = string(in);
                        int basis = in.readUnsignedByte();
                        if (basis >= BASES.length) return Map.of();
                        f[j] = new MetaField(value, BASES[basis]);
                    }
                    metadata = new ArticleMetadata(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
                }
                entries.put(id, new Entry(text, plain, metaStamp, metadata, nullIfEmpty(fingerprint), nullIfEmpty(textHash)));
            }
            return in.available() == 0 ? entries : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * Keeps the settled ones of the entries found now for a folder's files, when they differ from those
     * it kept; a folder that cannot be written keeps none, silently.
     *
     * @param known what {@link #read} gave
     * @param now   what was found, by article id, for the files the folder holds now
     */
    static void keep(Path folder, Map<String, Entry> known, Map<String, Entry> now) {
        Map<String, Entry> settled = new HashMap<>(now.size() * 2);
        now.forEach((id, e) -> {
            if (e.settled()) settled.put(id, e);
        });
        if (!settled.equals(known)) write(folder, settled);
    }

    private static void write(Path folder, Map<String, Entry> entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 160);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                Entry entry = e.getValue();
                string(out, e.getKey());
                out.writeLong(entry.text().size());
                out.writeLong(entry.text().modified());
                out.writeBoolean(entry.plain());
                string(out, entry.fingerprint() == null ? "" : entry.fingerprint());
                string(out, entry.textHash() == null ? "" : entry.textHash());
                boolean metadata = entry.metadata() != null && roundTrips(entry.metadata());
                out.writeBoolean(metadata);
                if (metadata) {
                    out.writeLong(entry.metadataFile().size());
                    out.writeLong(entry.metadataFile().modified());
                    for (MetaField f : fields(entry.metadata())) {
                        string(out, f.value());
                        out.writeByte(f.basis().ordinal());
                    }
                }
            }
            out.flush();
            CRC32C crc = new CRC32C();
            byte[] body = bytes.toByteArray();
            crc.update(body);
            out.writeLong(crc.getValue());
            out.flush();
            Files.createDirectories(of(folder).getParent());
            AtomicFiles.write(of(folder), bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // A cache: without it the next reading checks every file again.
        }
    }

    /** Whether every field reads back equal from UTF-8 (no lone surrogates); metadata that would not is parsed each time. */
    private static boolean roundTrips(ArticleMetadata m) {
        for (MetaField f : fields(m)) {
            if (!new String(f.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(f.value())) return false;
        }
        return true;
    }

    /** The seven fields in the order they are stored. */
    private static MetaField[] fields(ArticleMetadata m) {
        return new MetaField[] {m.title(), m.outlet(), m.date(), m.author(), m.language(), m.address(), m.notes()};
    }

    /** Whether a string is empty or 64 lower-case hex digits (checked by hand: a regular expression costs more for 10,000 entries). */
    private static boolean hexOrEmpty(String s) {
        if (s.isEmpty()) return true;
        if (s.length() != HEX_DIGITS) return false;
        for (int i = 0; i < HEX_DIGITS; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
        }
        return true;
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) throw new IOException("string beyond the end");
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
