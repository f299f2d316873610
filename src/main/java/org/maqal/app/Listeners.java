package org.maqal.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Change listeners of a model: subscribe returns the way to unsubscribe. */
public final class Listeners {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; running the returned action removes it again. */
    public Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener that something changed. */
    public void fire() {
        listeners.forEach(Runnable::run);
    }
}
