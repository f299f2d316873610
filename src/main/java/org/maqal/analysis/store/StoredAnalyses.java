package org.maqal.analysis.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.maqal.analysis.AnalysisCache;
import org.maqal.analysis.store.BinaryIn.Damaged;
import org.maqal.analysis.store.Dictionary.Unencodable;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;

/**
 * The analyses in a cache file, found by the SHA-256 of an article's text, and the bytes of such a
 * file, format {@value #FORMAT}:
 *
 * <pre>
 * "MAQALAN\n"                         8 bytes
 * format                              int32 big-endian
 * analyzer version                    varint length + UTF-8
 * string count, then each string      varint, then varint length + UTF-8 (see {@link Dictionary})
 * analysis count, then each analysis  varint, then SHA-256 of the text (32 bytes), the text's length in
 *                                     chars, the analysis's length in bytes (varints) and the analysis
 *                                     ({@link AnalysisCodec})
 * CRC-32C of all the bytes before     int64
 * </pre>
 *
 * Reading checks the whole file's checksum, the format and the version, and the table of analyses;
 * an analysis itself is decoded only when an article asks for it, so that several threads decode
 * theirs at once. Thread-safe once read.
 */
final class StoredAnalyses {
    static final int FORMAT = 1;
    private static final byte[] MAGIC = "MAQALAN\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    private record Entry(int offset, int length, int textLength) {
    }

    private final byte[] bytes;
    private final String[] strings;
    private final Map<String, Entry> entries;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile boolean damaged;

    private StoredAnalyses(byte[] bytes, String[] strings, Map<String, Entry> entries) {
        this.bytes = bytes;
        this.strings = strings;
        this.entries = entries;
    }

    /** No stored analyses: every article is analysed afresh. */
    static StoredAnalyses empty() {
        return new StoredAnalyses(new byte[0], new String[0], Map.of());
    }

    /**
     * The analyses in the bytes of a file, or empty when they are not a whole, undamaged file of this
     * format written for this analyzer version.
     */
    static Optional<StoredAnalyses> read(byte[] bytes, String version) {
        if (bytes.length < MAGIC.length + 4 + 8 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        try {
            BinaryIn tail = new BinaryIn(bytes, bytes.length - 8, bytes.length);
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 8);
            if (tail.int64() != crc.getValue()) return Optional.empty();
            BinaryIn in = new BinaryIn(bytes, MAGIC.length, bytes.length - 8);
            if (in.int32() != FORMAT || !in.string().equals(version)) return Optional.empty();
            String[] strings = new String[in.count(1)];
            for (int i = 0; i < strings.length; i++) strings[i] = in.string();
            int n = in.count(HASH_BYTES + 3);
            Map<String, Entry> entries = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String hash = HEX.formatHex(in.bytes(HASH_BYTES));
                int textLength = in.varint();
                int length = in.varint();
                entries.put(hash, new Entry(in.position(), length, textLength));
                in.skip(length);
            }
            return in.atEnd() ? Optional.of(new StoredAnalyses(bytes, strings, entries)) : Optional.empty();
        } catch (Damaged e) {
            return Optional.empty();
        }
    }

    /**
     * The stored analysis of this article's text, made for this article, or null when none is
     * stored or the one stored cannot be read (then {@link #damaged()} tells).
     */
    ArticleAnalysis find(Article article) {
        String hash = AnalysisCache.contentHash(article.text());
        Entry e = entries.get(hash);
        if (e == null || e.textLength != article.text().length()) return null;
        try {
            ArticleAnalysis analysis = AnalysisCodec.decode(new BinaryIn(bytes, e.offset, e.offset + e.length), strings, article);
            used.add(hash);
            return analysis;
        } catch (Damaged | RuntimeException x) {
            damaged = true;
            return null;
        }
    }

    /** How many analyses the file holds. */
    int size() {
        return entries.size();
    }

    /** How many different stored analyses {@link #find} gave. */
    int used() {
        return used.size();
    }

    /** Whether a stored analysis could not be read. */
    boolean damaged() {
        return damaged;
    }

    /**
     * The bytes of a file holding these analyses, each text once; an analysis with a string UTF-8
     * cannot carry unchanged is left out (it is analysed afresh when next needed).
     */
    static byte[] encode(String version, List<ArticleAnalysis> analyses) {
        Dictionary strings = new Dictionary();
        Map<String, ArticleAnalysis> byHash = new LinkedHashMap<>();
        for (ArticleAnalysis a : analyses) byHash.putIfAbsent(AnalysisCache.contentHash(a.article().text()), a);
        BinaryOut bodies = new BinaryOut(1 << 20);
        BinaryOut body = new BinaryOut(1 << 16);
        int stored = 0;
        for (Map.Entry<String, ArticleAnalysis> e : byHash.entrySet()) {
            body.clear();
            try {
                AnalysisCodec.encode(e.getValue(), strings, body);
            } catch (Unencodable skipped) {
                continue;
            }
            bodies.bytes(HEX.parseHex(e.getKey()));
            bodies.varint(e.getValue().article().text().length());
            bodies.varint(body.size());
            bodies.append(body);
            stored++;
        }
        BinaryOut out = new BinaryOut(bodies.size() + (1 << 20));
        out.bytes(MAGIC);
        out.int32(FORMAT);
        out.string(version);
        out.varint(strings.strings().size());
        for (String s : strings.strings()) out.string(s);
        out.varint(stored);
        out.append(bodies);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.size());
        out.int64(crc.getValue());
        return out.toByteArray();
    }
}
