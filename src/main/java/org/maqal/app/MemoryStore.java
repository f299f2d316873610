package org.maqal.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings kept only in memory, for tests and for runs that must leave no trace. */
public final class MemoryStore implements SettingsStore {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
