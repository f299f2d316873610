package org.maqal.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The teacher's settings, remembered between runs: interface language ({@code en} or {@code ar}),
 * light or dark theme, text size of the reader, and the lessons opened last (newest first).
 */
public final class Settings {
    /** Light or dark look. */
    public enum Theme { LIGHT, DARK }

    /** The smallest and largest text size offered, in points. */
    public static final int MIN_TEXT_SIZE = 12;
    public static final int MAX_TEXT_SIZE = 32;
    /** How many recent lessons are remembered. */
    public static final int RECENT_LIMIT = 8;

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String TEXT_SIZE = "textSize";
    private static final String RECENT = "recentLessons";
    private static final String CLASS_FOLDER = "classFolder";
    private static final String SEPARATOR = "\n";

    private final SettingsStore store;
    private final Listeners listeners = new Listeners();

    public Settings(SettingsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Listeners listeners() {
        return listeners;
    }

    /** {@code en} or {@code ar}; English until chosen. */
    public String language() {
        return store.get(LANGUAGE).filter(v -> v.equals("ar") || v.equals("en")).orElse("en");
    }

    public void setLanguage(String code) {
        if (!code.equals("ar") && !code.equals("en")) throw new IllegalArgumentException("language must be en or ar");
        store.put(LANGUAGE, code);
        listeners.fire();
    }

    public Theme theme() {
        return store.get(THEME).flatMap(v -> Arrays.stream(Theme.values()).filter(t -> t.name().equals(v)).findFirst())
                .orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        store.put(THEME, theme.name());
        listeners.fire();
    }

    /** The reader's text size in points, 18 until chosen. */
    public int textSize() {
        try {
            return clamp(Integer.parseInt(store.get(TEXT_SIZE).orElse("18")));
        } catch (NumberFormatException e) {
            return 18;
        }
    }

    public void setTextSize(int points) {
        store.put(TEXT_SIZE, Integer.toString(clamp(points)));
        listeners.fire();
    }

    /** The lessons opened or saved last, newest first; an entry that is no path on this system is left out. */
    public List<Path> recentLessons() {
        return store.get(RECENT).stream().flatMap(v -> Arrays.stream(v.split(SEPARATOR)))
                .filter(s -> !s.isBlank()).map(Settings::path).flatMap(Optional::stream).toList();
    }

    /** Puts a lesson first in the recent list, keeping at most {@link #RECENT_LIMIT}. */
    public void addRecentLesson(Path file) {
        List<Path> recent = new ArrayList<>(recentLessons());
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        while (recent.size() > RECENT_LIMIT) recent.remove(recent.size() - 1);
        store.put(RECENT, String.join(SEPARATOR, recent.stream().map(Path::toString).toList()));
        listeners.fire();
    }

    /** The class folder graded last, while it still exists. */
    public Optional<Path> classFolder() {
        return store.get(CLASS_FOLDER).filter(v -> !v.isBlank()).flatMap(Settings::path).filter(Files::isDirectory);
    }

    /** Remembers the class folder for the next time hand-ins are graded. */
    public void setClassFolder(Path folder) {
        store.put(CLASS_FOLDER, folder.toAbsolutePath().normalize().toString());
    }

    /**
     * A remembered path, if it is one on this system: the settings may have been edited by hand or carried
     * from another system, and a setting must never stop the window from opening.
     */
    private static Optional<Path> path(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static int clamp(int points) {
        return Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, points));
    }
}
