package org.maqal.ui;

import java.util.ArrayList;
import java.util.List;
import org.maqal.app.Listeners;

/** A view's subscriptions to its models, dropped together when the view goes away. */
final class Subscriptions {
    private final List<Runnable> cancels = new ArrayList<>();

    /** Calls {@code listener} on every change of the model, and once now. */
    void watch(Listeners model, Runnable listener) {
        cancels.add(model.subscribe(listener));
        listener.run();
    }

    void releaseAll() {
        cancels.forEach(Runnable::run);
        cancels.clear();
    }
}
