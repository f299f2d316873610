package org.maqal.analysis.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array written in the cache's few encodings: unsigned LEB128 numbers ({@link #varint}),
 * signed ones in zig-zag form ({@link #zigzag}), big-endian fixed-width numbers and UTF-8 strings with
 * their length in front. Not thread-safe.
 */
final class BinaryOut {
    private byte[] bytes;
    private int size;

    BinaryOut(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    /** Forgets what was written, keeping the array for what comes next. */
    void clear() {
        size = 0;
    }

    void varint(int value) {
        if (value < 0) throw new IllegalArgumentException("not a count or an offset: " + value);
        unsigned(value);
    }

    /** A signed number, small ones of either sign in one byte. */
    void zigzag(int value) {
        unsigned((value << 1) ^ (value >> 31));
    }

    /** The 32 bits as an unsigned LEB128 number. */
    private void unsigned(int value) {
        room(5);
        while ((value & ~0x7F) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    void byte1(int value) {
        room(1);
        bytes[size++] = (byte) value;
    }

    void int32(int value) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) bytes[size++] = (byte) (value >>> shift);
    }

    void int64(long value) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) bytes[size++] = (byte) (value >>> shift);
    }

    void float64(double value) {
        int64(Double.doubleToRawLongBits(value));
    }

    void bytes(byte[] b, int offset, int length) {
        room(length);
        System.arraycopy(b, offset, bytes, size, length);
        size += length;
    }

    void bytes(byte[] b) {
        bytes(b, 0, b.length);
    }

    void append(BinaryOut other) {
        bytes(other.bytes, 0, other.size);
    }

    void string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        bytes(utf8);
    }

    /** The bytes written, in an array of exactly their length. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** The array written into; only the first {@link #size()} bytes are meaningful. */
    byte[] array() {
        return bytes;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 16) throw new IllegalStateException("the cache would be larger than 2 GB");
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }
}
