package org.maqal.analysis.related;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.maqal.text.TextDigest;

/**
 * The bytes of a related-article index file, format {@value #FORMAT}:
 *
 * <pre>
 * "MAQALRI\n"                      8 bytes
 * format, rules                    2 × int32 big-endian ({@link TermExtractor#RULES_VERSION})
 * term count, then each term       varint, then varint length + UTF-8
 * article count, then each article varint, then id (varint length + UTF-8), the text's
 *                                  {@link org.maqal.text.TextDigest} (32 bytes),
 *                                  term count, then pairs (term number, count) as varints
 * CRC-32 of all the bytes before   int64
 * </pre>
 *
 * Format 1 held the SHA-256 of the text's UTF-8 bytes instead of its {@code TextDigest}; such a
 * file is rebuilt. Only the raw counts are stored; weights and posting lists are worked out again on
 * loading, which is linear in the size of the file. Stateless.
 */
final class IndexCodec {
    static final int FORMAT = 2;
    private static final byte[] MAGIC = "MAQALRI\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_BYTES = TextDigest.BYTES;

    private IndexCodec() {
    }

    static byte[] encode(RelatedIndex index) {
        Out out = new Out();
        out.bytes.writeBytes(MAGIC);
        out.int32(FORMAT);
        out.int32(TermExtractor.RULES_VERSION);
        String[] dictionary = index.dictionary();
        out.varint(dictionary.length);
        for (String term : dictionary) out.string(term);
        List<TermCounts> docs = index.documents();
        out.varint(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            TermCounts doc = docs.get(d);
            out.string(doc.id());
            out.bytes.writeBytes(doc.hash());
            int[] ids = index.termIds(d);
            out.varint(ids.length);
            for (int i = 0; i < ids.length; i++) {
                out.varint(ids[i]);
                out.varint(doc.counts()[i]);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(out.bytes.toByteArray());
        out.int64(crc.getValue());
        return out.bytes.toByteArray();
    }

    /** The documents in the bytes, or empty when they are not a whole, valid file of this format and these rules. */
    static Optional<List<TermCounts>> decode(byte[] bytes) {
        if (bytes.length < MAGIC.length + 16) return Optional.empty();
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getLong(bytes.length - 8) != crc.getValue()) return Optional.empty();
        in.limit(bytes.length - 8);
        try {
            for (byte b : MAGIC) {
                if (in.get() != b) return Optional.empty();
            }
            if (in.getInt() != FORMAT || in.getInt() != TermExtractor.RULES_VERSION) return Optional.empty();
            String[] dictionary = new String[count(in, 1)];
            for (int t = 0; t < dictionary.length; t++) dictionary[t] = string(in);
            int docs = count(in, 1 + HASH_BYTES + 1);
            List<TermCounts> out = new ArrayList<>(docs);
            for (int d = 0; d < docs; d++) {
                String id = string(in);
                byte[] hash = new byte[HASH_BYTES];
                in.get(hash);
                int n = count(in, 2);
                String[] terms = new String[n];
                int[] counts = new int[n];
                for (int i = 0; i < n; i++) {
                    int t = varint(in);
                    if (t >= dictionary.length) return Optional.empty();
                    terms[i] = dictionary[t];
                    counts[i] = varint(in);
                    if (counts[i] < 1) return Optional.empty();
                }
                if (id.isBlank()) return Optional.empty();
                out.add(new TermCounts(id, hash, terms, counts));
            }
            return in.hasRemaining() ? Optional.empty() : Optional.of(out);
        } catch (BufferUnderflowException | CharacterCodingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A count of items each at least {@code minBytes} long, refused when the rest of the file cannot hold them. */
    private static int count(ByteBuffer in, int minBytes) {
        int n = varint(in);
        if ((long) n * minBytes > in.remaining()) throw new IllegalArgumentException("count beyond the end of the file");
        return n;
    }

    private static String string(ByteBuffer in) throws CharacterCodingException {
        int length = count(in, 1);
        ByteBuffer slice = in.slice(in.position(), length);
        in.position(in.position() + length);
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
    }

    /** An unsigned LEB128 number of at most 31 bits. */
    private static int varint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            byte b = in.get();
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                if (value < 0) throw new IllegalArgumentException("number too large");
                return value;
            }
        }
        throw new IllegalArgumentException("number too long");
    }

    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

        void varint(int value) {
            while ((value & ~0x7F) != 0) {
                bytes.write((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes.write(value);
        }

        void string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            bytes.writeBytes(utf8);
        }

        void int32(int v) {
            bytes.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
        }

        void int64(long v) {
            bytes.writeBytes(ByteBuffer.allocate(8).putLong(v).array());
        }
    }
}
