package org.maqal.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of vocabulary items that keeps their fields side by side in arrays rather than
 * one object per item, so that the vocabulary of a long corpus costs the memory (and the garbage
 * collector) less. {@link #get} makes a {@link VocabularyItem} equal to the one stored. Thread-safe.
 */
public final class VocabularyList extends AbstractList<VocabularyItem> implements RandomAccess {
    private final String[] headwords;
    private final String[] stems;
    private final List<String>[] forms;
    private final int[] counts;
    private final int[] articles;
    private final double[] keyness;
    private final boolean[] topics;
    private final int[] examples;

    @SuppressWarnings("unchecked")
    private VocabularyList(int size) {
        headwords = new String[size];
        stems = new String[size];
        forms = (List<String>[]) new List<?>[size];
        counts = new int[size];
        articles = new int[size];
        keyness = new double[size];
        topics = new boolean[size];
        examples = new int[size];
    }

    /**
     * The items as a vocabulary list: the list itself when it is one, otherwise a copy.
     *
     * @throws NullPointerException if the list or an item in it is null
     */
    public static VocabularyList copyOf(List<VocabularyItem> items) {
        if (items instanceof VocabularyList list) return list;
        VocabularyList out = new VocabularyList(items.size());
        int i = 0;
        for (VocabularyItem v : items) {
            out.headwords[i] = v.headword();
            out.stems[i] = v.stem();
            out.forms[i] = v.forms();
            out.counts[i] = v.count();
            out.articles[i] = v.articles();
            out.keyness[i] = v.keyness();
            out.topics[i] = v.topic();
            out.examples[i] = v.example();
            i++;
        }
        return out;
    }

    @Override
    public VocabularyItem get(int index) {
        Objects.checkIndex(index, headwords.length);
        return new VocabularyItem(headwords[index], stems[index], forms[index], counts[index], articles[index], keyness[index],
                topics[index], examples[index]);
    }

    @Override
    public int size() {
        return headwords.length;
    }
}
