package org.maqal.model;

/**
 * A stretch of an article's text.
 *
 * @param start    offset of the first character
 * @param end      offset just after the last character
 * @param sentence index of the sentence it lies in
 * @param text     the text as written
 */
public record Span(int start, int end, int sentence, String text) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("Bad span " + start + ".." + end);
    }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }
}
