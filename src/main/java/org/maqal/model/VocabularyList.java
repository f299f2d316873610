package org.maqal.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list of vocabulary items that keeps their fields side by side in arrays rather than
 * one object per item, so that the vocabulary of a long corpus costs the memory (and the garbage
 * collector) less. {@link #get} makes a {@link VocabularyItem} equal to the one stored. A
 * {@linkplain #lazy(Supplier) lazy} list makes its arrays only when first read, so that a report read
 * from a cache costs nothing until its vocabulary is used. Thread-safe.
 */
public final class VocabularyList extends AbstractList<VocabularyItem> implements RandomAccess {
    /**
     * The fields of the items; immutable once made, so that a thread that sees the reference sees the
     * arrays whole. An item's forms are its one form as a string, which most items have, or a list of
     * several, so that a one-form item keeps no list of its own.
     */
    private record Columns(String[] headwords, String[] stems, Object[] forms, int[] counts, int[] articles,
                           double[] keyness, boolean[] topics, int[] examples) {
        Columns(int size) {
            this(new String[size], new String[size], new Object[size], new int[size], new int[size],
                    new double[size], new boolean[size], new int[size]);
        }

        @SuppressWarnings("unchecked")
        List<String> forms(int index) {
            Object forms = this.forms[index];
            return forms instanceof String form ? List.of(form) : (List<String>) forms;
        }
    }

    /** The arrays of a list made at once; null for a lazy list. */
    private final Columns built;
    /** The arrays of a lazy list, made when first read; null for a list made at once. */
    private final Lazy<Columns> lazy;

    private VocabularyList(Columns built) {
        this.built = built;
        this.lazy = null;
    }

    private VocabularyList(Supplier<VocabularyList> source) {
        this.built = null;
        this.lazy = new Lazy<>(() -> source.get().columns());
    }

    /**
     * The items as a vocabulary list: the list itself when it is one, otherwise a copy.
     *
     * @throws NullPointerException if the list or an item in it is null
     */
    public static VocabularyList copyOf(List<VocabularyItem> items) {
        if (items instanceof VocabularyList list) return list;
        Builder copy = new Builder(items.size());
        for (VocabularyItem v : items) {
            copy.add(v.headword(), v.stem(), v.forms(), v.count(), v.articles(), v.keyness(), v.topic(), v.example());
        }
        return copy.build();
    }

    /**
     * Makes a list of a known size item by item, straight into its arrays, without a
     * {@link VocabularyItem} for each. Not thread-safe; {@link #build} once, when every item is added.
     */
    public static final class Builder {
        private final Columns columns;
        private int size;

        /** A builder of a list of exactly {@code size} items. */
        public Builder(int size) {
            this.columns = new Columns(size);
        }

        /**
         * Adds the next item, with the fields of {@link VocabularyItem}.
         *
         * @throws IllegalStateException when the list is already full
         * @throws NullPointerException if the forms or a form is null
         */
        public Builder add(String headword, String stem, List<String> forms, int count, int articles, double keyness,
                           boolean topic, int example) {
            if (size == columns.headwords.length) throw new IllegalStateException("The vocabulary list is full");
            Columns c = columns;
            c.headwords[size] = headword;
            c.stems[size] = stem;
            c.forms[size] = forms.size() == 1 ? Objects.requireNonNull(forms.get(0), "form") : List.copyOf(forms);
            c.counts[size] = count;
            c.articles[size] = articles;
            c.keyness[size] = keyness;
            c.topics[size] = topic;
            c.examples[size] = example;
            size++;
            return this;
        }

        /**
         * The list of the items added.
         *
         * @throws IllegalStateException when fewer items were added than the size given
         */
        public VocabularyList build() {
            if (size != columns.headwords.length) {
                throw new IllegalStateException(size + " of " + columns.headwords.length + " vocabulary items were added");
            }
            return new VocabularyList(columns);
        }
    }

    /**
     * A list whose items are those of the list {@code source} gives, asked for once, when the list is
     * first read (its size included), by whichever thread reads it first. What {@code source} throws
     * reaches that reader, and the next reader asks again.
     */
    public static VocabularyList lazy(Supplier<VocabularyList> source) {
        return new VocabularyList(Objects.requireNonNull(source, "source"));
    }

    private Columns columns() {
        Columns c = built;
        return c != null ? c : lazy.get();
    }

    @Override
    public VocabularyItem get(int index) {
        Columns c = columns();
        Objects.checkIndex(index, c.headwords.length);
        return new VocabularyItem(c.headwords[index], c.stems[index], c.forms(index), c.counts[index], c.articles[index],
                c.keyness[index], c.topics[index], c.examples[index]);
    }

    @Override
    public int size() {
        return columns().headwords.length;
    }
}
