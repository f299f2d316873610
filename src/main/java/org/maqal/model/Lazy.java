package org.maqal.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made once, when first asked for, by whichever thread asks first; the others wait for it.
 * When making it fails, the failure reaches the thread that asked and the next one tries again.
 * The value must be immutable with final fields only (a record of arrays that are never written
 * again), since threads read it without the lock once it is made. Thread-safe.
 */
final class Lazy<T> {
    /** What makes the value; null once it is made, so that what it holds can go. Used under the lock. */
    private Supplier<? extends T> source;
    /** Null until made; written once, under the lock. */
    private T value;

    /** Called from the constructor of an object whose final field holds this, so {@code source} is seen by every thread. */
    Lazy(Supplier<? extends T> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    T get() {
        T v = value;
        return v != null ? v : make();
    }

    private synchronized T make() {
        if (value == null) {
            value = Objects.requireNonNull(source.get(), "made nothing");
            source = null;
        }
        return value;
    }
}
