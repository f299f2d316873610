package org.maqal.app;

import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings kept between runs in a {@link Preferences} node (the user's, for the app). */
public final class PreferencesStore implements SettingsStore {
    private final Preferences node;

    public PreferencesStore(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The app's node: {@code /org/maqal} in the user's preferences. */
    public static PreferencesStore forUser() {
        return new PreferencesStore(Preferences.userRoot().node("org/maqal"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The value stays in memory for this run; preferences are a convenience, not data.
        }
    }
}
