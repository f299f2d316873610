package org.maqal.analysis.store;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryOut} writes from a stretch of a byte array. Every read checks the end
 * of the stretch; anything that cannot be what was written throws {@link Damaged}. Not thread-safe;
 * several readers may share one array.
 */
final class BinaryIn {
    /** The bytes are not what this format writes. */
    static final class Damaged extends Exception {
        Damaged(String message) {
            super(message, null, false, false);
        }
    }

    private final byte[] bytes;
    private int position;
    private final int limit;

    BinaryIn(byte[] bytes, int offset, int limit) {
        this.bytes = bytes;
        this.position = offset;
        this.limit = limit;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position == limit;
    }

    void skip(int n) throws Damaged {
        if (n < 0 || n > limit - position) throw new Damaged("past the end");
        position += n;
    }

    /** The next {@code n} bytes as an input of their own, skipped here. */
    BinaryIn part(int n) throws Damaged {
        int from = position;
        skip(n);
        return new BinaryIn(bytes, from, position);
    }

    /** The bytes up to the limit as an input of their own, all skipped here. */
    BinaryIn rest() throws Damaged {
        return part(limit - position);
    }

    int byte1() throws Damaged {
        if (position >= limit) throw new Damaged("past the end");
        return bytes[position++] & 0xFF;
    }

    int varint() throws Damaged {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = byte1();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) {
                if (value < 0 || (shift == 28 && b > 0x0F)) throw new Damaged("number too large");
                return value;
            }
        }
        throw new Damaged("number too long");
    }

    int zigzag() throws Damaged {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = byte1();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return (value >>> 1) ^ -(value & 1);
        }
        throw new Damaged("number too long");
    }

    /** A count of items each at least {@code minBytes} long, refused when the rest cannot hold them. */
    int count(int minBytes) throws Damaged {
        int n = varint();
        if ((long) n * minBytes > limit - position) throw new Damaged("count beyond the end");
        return n;
    }

    int int32() throws Damaged {
        int value = 0;
        for (int i = 0; i < 4; i++) value = (value << 8) | byte1();
        return value;
    }

    long int64() throws Damaged {
        long value = 0;
        for (int i = 0; i < 8; i++) value = (value << 8) | byte1();
        return value;
    }

    double float64() throws Damaged {
        return Double.longBitsToDouble(int64());
    }

    byte[] bytes(int n) throws Damaged {
        if (n < 0 || n > limit - position) throw new Damaged("past the end");
        byte[] out = new byte[n];
        System.arraycopy(bytes, position, out, 0, n);
        position += n;
        return out;
    }

    /**
     * A UTF-8 string with its length in front. Malformed UTF-8 is not checked for here: the file's
     * checksum has already refused damaged bytes, and the writer stores only strings that round-trip.
     */
    String string() throws Damaged {
        int length = count(1);
        String s = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return s;
    }
}
