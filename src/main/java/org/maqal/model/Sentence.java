package org.maqal.model;

/**
 * A sentence (or a headline line) of an article, in reading order.
 *
 * @param index    its number in the article, from 0
 * @param start    offset of its first character in the article text
 * @param end      offset just after its last character
 * @param text     the sentence as written
 * @param headline whether it is a headline or a standalone line without final punctuation
 */
public record Sentence(int index, int start, int end, String text, boolean headline) {
    public boolean contains(int offset) { return offset >= start && offset < end; }
}
