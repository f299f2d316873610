package org.maqal.analysis.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import org.maqal.analysis.ArticleAnalyzer;
import org.maqal.analysis.store.BinaryIn.Damaged;
import org.maqal.analysis.store.Dictionary.Unencodable;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;

/**
 * The analyses in a cache file, found by the SHA-256 of an article's text ({@link TextHash}), and the bytes of such a
 * file, format {@value #FORMAT}:
 *
 * <pre>
 * "MAQALAN\n"                         8 bytes
 * format                              int32 big-endian
 * analyzer version                    varint length + UTF-8
 * string count, then each string      varint, then varint length + UTF-8 (see {@link Dictionary})
 * analysis count, then each analysis  varint, then SHA-256 of the text ({@link TextHash}), the text's length in
 *                                     chars, the analysis's length in bytes (varints) and the analysis
 *                                     ({@link AnalysisCodec})
 * report count, then the corpus key   varint (0 when none are stored), SHA-256 of the articles' text
 *                                     hashes in corpus order (32 bytes)
 * each report, in corpus order        its length in bytes (varint) and the report ({@link ReportCodec})
 * CRC-32C of all the bytes before     int64
 * </pre>
 *
 * Reading checks the whole file's checksum, the format and the version, and the tables; an analysis
 * or a report is decoded only when asked for, so that several threads decode at once, and of these
 * only the sentences and the readability at once: the tokens, the entities, figures and claims, and
 * the vocabulary when they are first used (format 4 placed them for that). The reports
 * (corpus-wide vocabulary and readability) are used only for the very corpus they were measured in.
 * Thread-safe once read.
 */
final class StoredAnalyses {
    /** For callers that know no text's hash. */
    static final Function<Article, byte[]> NO_KNOWN_HASHES = a -> null;

    static final int FORMAT = 4;
    private static final byte[] MAGIC = "MAQALAN\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_BYTES = 32;

    private record Entry(int offset, int length, int textLength) {
    }

    private final byte[] bytes;
    private final String[] strings;
    private final Map<String, Entry> entries;
    private final byte[] corpusKey;
    private final int[] reports;
    private final Function<Article, ArticleAnalysis> again;
    private volatile boolean damaged;

    /**
     * @param reports where each report starts and ends, side by side
     * @param again   the analysis of an article whose stored tokens or findings prove damaged when first used
     */
    private StoredAnalyses(byte[] bytes, String[] strings, Map<String, Entry> entries, byte[] corpusKey, int[] reports,
                           Function<Article, ArticleAnalysis> again) {
        this.again = again;
        this.bytes = bytes;
        this.strings = strings;
        this.entries = entries;
        this.corpusKey = corpusKey;
        this.reports = reports;
    }

    /** No stored analyses: every article is analysed afresh. */
    static StoredAnalyses empty() {
        return new StoredAnalyses(new byte[0], new String[0], Map.of(), new byte[HASH_BYTES], new int[0], a -> {
            throw new IllegalStateException("nothing is stored");
        });
    }

    /**
     * The analyses in the bytes of a file, or empty when they are not a whole, undamaged file of this
     * format written for this analyzer version.
     */
    static Optional<StoredAnalyses> read(byte[] bytes, String version) {
        return read(bytes, version, a -> ArticleAnalyzer.standard().analyze(a));
    }

    /**
     * As {@link #read(byte[], String)}. The analyses' tokens, entities, figures and claims are decoded
     * when first used (the file's checksum has been checked by then); should those of an article prove
     * not to be what the codec wrote, they are those of {@code again}: the article analysed afresh by
     * the analyzer of the file's version.
     */
    static Optional<StoredAnalyses> read(byte[] bytes, String version, Function<Article, ArticleAnalysis> again) {
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
                String hash = TextHash.key(in.bytes(HASH_BYTES));
                int textLength = in.varint();
                int length = in.varint();
                entries.put(hash, new Entry(in.position(), length, textLength));
                in.skip(length);
            }
            int r = in.count(1);
            byte[] key = in.bytes(HASH_BYTES);
            int[] reports = new int[2 * r];
            for (int i = 0; i < r; i++) {
                int length = in.varint();
                reports[2 * i] = in.position();
                in.skip(length);
                reports[2 * i + 1] = in.position();
            }
            return in.atEnd() ? Optional.of(new StoredAnalyses(bytes, strings, entries, key, reports, again)) : Optional.empty();
        } catch (Damaged e) {
            return Optional.empty();
        }
    }

    /**
     * The stored analysis of this article's text, made for this article, or null when none is
     * stored or the one stored cannot be read (then {@link #damaged()} tells).
     */
    ArticleAnalysis find(Article article) {
        return find(article, NO_KNOWN_HASHES);
    }

    /** As {@link #find(Article)}, taking the text's hash from {@code knownHashes} when it has it. */
    ArticleAnalysis find(Article article, Function<Article, byte[]> knownHashes) {
        if (entries.isEmpty()) return null;
        return find(article, key(article, knownHashes));
    }

    /** The key of an article's text: its hash as given, or else computed. */
    private static String key(Article article, Function<Article, byte[]> knownHashes) {
        byte[] known = knownHashes.apply(article);
        return known != null && known.length == TextHash.BYTES ? TextHash.key(known) : TextHash.key(article.text());
    }

    private ArticleAnalysis find(Article article, String hash) {
        Entry e = entries.get(hash);
        if (e == null || e.textLength != article.text().length()) return null;
        try {
            ArticleAnalysis analysis = AnalysisCodec.decode(new BinaryIn(bytes, e.offset, e.offset + e.length), strings, article, again);
            return analysis;
        } catch (Damaged | RuntimeException x) {
            damaged = true;
            return null;
        }
    }

    /**
     * The whole analysis of a corpus of exactly these articles (by text, in this order), reports
     * included, decoded on all cores; empty when the file holds another corpus's reports or
     * something cannot be read.
     */
    Optional<CorpusAnalysis> corpus(List<Article> articles, Progress progress) {
        return corpus(articles, NO_KNOWN_HASHES, progress);
    }

    /**
     * As {@link #corpus(List, Progress)}, taking each text's hash ({@link org.maqal.text.TextDigest})
     * from {@code knownHashes} when it gives one (null when it does not), so that a caller who has them
     * saves hashing every text.
     */
    Optional<CorpusAnalysis> corpus(List<Article> articles, Function<Article, byte[]> knownHashes, Progress progress) {
        int n = articles.size();
        if (reports.length != 2 * n || n == 0) return Optional.empty();
        String[] hashes = articles.parallelStream().map(a -> key(a, knownHashes)).toArray(String[]::new);
        if (!Arrays.equals(corpusKey, corpusKey(Arrays.asList(hashes)))) return Optional.empty();
        ArticleReport[] out = new ArticleReport[n];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, n).parallel().forEach(i -> {
            ArticleAnalysis analysis = find(articles.get(i), hashes[i]);
            if (analysis == null) return;
            try {
                out[i] = ReportCodec.decode(new BinaryIn(bytes, reports[2 * i], reports[2 * i + 1]), strings, analysis);
                progress.update(done.incrementAndGet(), n);
            } catch (Damaged | RuntimeException e) {
                damaged = true;
            }
        });
        for (ArticleReport r : out) {
            if (r == null) return Optional.empty();
        }
        return Optional.of(new CorpusAnalysis(Arrays.asList(out)));
    }

    /** How many analyses the file holds. */
    int size() {
        return entries.size();
    }

    /** Whether a stored analysis could not be read. */
    boolean damaged() {
        return damaged;
    }

    /** The bytes of a file holding these analyses (each text once) and no reports. */
    static byte[] encode(String version, List<ArticleAnalysis> analyses) {
        return encode(version, analyses, List.of());
    }

    /** The bytes of a file holding the analyses of this corpus (each text once) and its reports. */
    static byte[] encode(String version, CorpusAnalysis corpus) {
        return encode(version, corpus.reports().stream().map(ArticleReport::analysis).toList(), corpus.reports());
    }

    /**
     * An analysis or report with a string UTF-8 cannot carry unchanged is left out (analysed afresh
     * when next needed); without one report, none are stored. The strings are numbered by how often
     * they are used, which takes a first pass to count them.
     */
    private static byte[] encode(String version, List<ArticleAnalysis> analyses, List<ArticleReport> corpus) {
        Map<String, ArticleAnalysis> byHash = new LinkedHashMap<>();
        for (ArticleAnalysis a : analyses) byHash.putIfAbsent(TextHash.key(a.article().text()), a);
        Dictionary counted = new Dictionary();
        bodies(byHash, corpus, counted);
        Dictionary strings = counted.byFrequency();
        Bodies bodies = bodies(byHash, corpus, strings);
        BinaryOut out = new BinaryOut(bodies.analyses.size() + bodies.reports.size() + (1 << 20));
        out.bytes(MAGIC);
        out.int32(FORMAT);
        out.string(version);
        out.varint(strings.strings().size());
        for (String s : strings.strings()) out.string(s);
        out.varint(bodies.stored);
        out.append(bodies.analyses);
        out.varint(bodies.withReports ? corpus.size() : 0);
        out.bytes(bodies.withReports ? corpusKey(corpus.stream().map(r -> TextHash.key(r.article().text())).toList())
                : new byte[HASH_BYTES]);
        if (bodies.withReports) out.append(bodies.reports);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.size());
        out.int64(crc.getValue());
        return out.toByteArray();
    }

    private record Bodies(BinaryOut analyses, int stored, BinaryOut reports, boolean withReports) {
    }

    private static Bodies bodies(Map<String, ArticleAnalysis> byHash, List<ArticleReport> corpus, Dictionary strings) {
        BinaryOut analyses = new BinaryOut(1 << 20);
        BinaryOut body = new BinaryOut(1 << 16);
        BinaryOut scratch = new BinaryOut(1 << 16);
        int stored = 0;
        for (Map.Entry<String, ArticleAnalysis> e : byHash.entrySet()) {
            body.clear();
            try {
                AnalysisCodec.encode(e.getValue(), strings, body, scratch);
            } catch (Unencodable skipped) {
                continue;
            }
            analyses.bytes(TextHash.bytes(e.getKey()));
            analyses.varint(e.getValue().article().text().length());
            analyses.varint(body.size());
            analyses.append(body);
            stored++;
        }
        BinaryOut reports = new BinaryOut(1 << 20);
        try {
            for (ArticleReport r : corpus) {
                body.clear();
                ReportCodec.encode(r, strings, body);
                reports.varint(body.size());
                reports.append(body);
            }
        } catch (Unencodable e) {
            return new Bodies(analyses, stored, reports, false);
        }
        return new Bodies(analyses, stored, reports, !corpus.isEmpty());
    }

    /** The SHA-256 of the articles' text hashes in order. */
    private static byte[] corpusKey(List<String> hashes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String h : hashes) digest.update(TextHash.bytes(h));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
