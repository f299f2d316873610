package org.maqal.app;

import java.util.Optional;

/** Where settings are kept: named text values. */
public interface SettingsStore {
    Optional<String> get(String key);

    void put(String key, String value);
}
