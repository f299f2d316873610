package org.maqal.text;

/**
 * Gives equal stretches of text one shared string, so that a name a corpus mentions thousands of
 * times is kept once, however many spans quote it. Bounded: past {@code capacity} distinct slices
 * it makes a new string each time. Thread-safe.
 */
public final class TextSlices {
    private final WordTable<String> slices;

    /** Slices remembering at most {@code capacity} distinct stretches of text. */
    public TextSlices(int capacity) {
        this.slices = new WordTable<>(slice -> slice, capacity);
    }

    /** The text between {@code start} and {@code end}, as {@link String#substring} gives it, shared with equal slices. */
    public String slice(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) throw new StringIndexOutOfBoundsException("Bad slice " + start + ".." + end);
        return slices.get(text, start, end);
    }
}
