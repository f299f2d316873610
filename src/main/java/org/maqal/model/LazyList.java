package org.maqal.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list whose elements are made when it is first read (its size included), once, by
 * whichever thread reads it first: what an analysis read from a cache hands on for the parts it has
 * not decoded yet. What the source throws reaches that reader, and the next reader asks again. The
 * records of this package keep such a list as it is instead of copying it. Thread-safe.
 *
 * @param <E> the elements
 */
public final class LazyList<E> extends AbstractList<E> implements RandomAccess {
    private final Lazy<List<E>> elements;

    private LazyList(Supplier<? extends List<? extends E>> source) {
        this.elements = new Lazy<>(() -> List.copyOf(source.get()));
    }

    /**
     * A list of the elements of the list {@code source} gives when it is first read.
     *
     * @throws NullPointerException if {@code source} is null (and, when the list is read, if it gives
     *                              null or a list holding null)
     */
    public static <E> List<E> of(Supplier<? extends List<? extends E>> source) {
        return new LazyList<>(Objects.requireNonNull(source, "source"));
    }

    /** The list itself when it is lazy, otherwise an immutable copy ({@link List#copyOf}). */
    static <E> List<E> copyOf(List<E> list) {
        return list instanceof LazyList<E> lazy ? lazy : List.copyOf(list);
    }

    @Override
    public E get(int index) {
        return elements.get().get(index);
    }

    @Override
    public int size() {
        return elements.get().size();
    }
}
