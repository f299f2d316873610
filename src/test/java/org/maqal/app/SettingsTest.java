package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings survive a restart through java.util.prefs, and odd stored values fall back to defaults. */
class SettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/maqal/test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void whatIsChosenIsReadBackByTheNextRun() {
        Settings first = new Settings(new PreferencesStore(node));
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.theme()).isEqualTo(Settings.Theme.LIGHT);
        first.setLanguage("ar");
        first.setTheme(Settings.Theme.DARK);
        first.setTextSize(22);
        first.addRecentLesson(Path.of("lessons/a.json"));
        first.addRecentLesson(Path.of("lessons/b.json"));

        Settings next = new Settings(new PreferencesStore(Preferences.userRoot().node(node.absolutePath())));
        assertThat(next.language()).isEqualTo("ar");
        assertThat(next.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(next.textSize()).isEqualTo(22);
        assertThat(next.recentLessons()).containsExactly(Path.of("lessons/b.json").toAbsolutePath(),
                Path.of("lessons/a.json").toAbsolutePath());
    }

    @Test
    void theClassFolderIsRememberedWhileItExists(@TempDir Path dir) throws Exception {
        Path classFolder = Files.createDirectory(dir.resolve("class 10A"));
        Settings first = new Settings(new PreferencesStore(node));
        assertThat(first.classFolder()).isEmpty();
        first.setClassFolder(classFolder);

        Settings next = new Settings(new PreferencesStore(Preferences.userRoot().node(node.absolutePath())));
        assertThat(next.classFolder()).contains(classFolder.toAbsolutePath().normalize());
        Files.delete(classFolder);
        assertThat(next.classFolder()).as("a USB stick taken out is not offered").isEmpty();
    }

    @Test
    void settingsEditedByHandOrFromAnotherSystemNeverStopTheWindow() {
        MemoryStore store = new MemoryStore();
        store.put("language", "fr");
        store.put("theme", "PURPLE");
        store.put("textSize", "huge");
        store.put("recentLessons", "lessons/a.json\nlessons/bad\u0000name.json\n\nlessons/b.json");
        store.put("classFolder", "class\u0000folder");
        Settings settings = new Settings(store);

        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(settings.textSize()).isEqualTo(18);
        assertThat(settings.recentLessons()).containsExactly(Path.of("lessons/a.json"), Path.of("lessons/b.json"));
        assertThat(settings.classFolder()).isEmpty();
    }

    @Test
    void recentLessonsKeepTheNewestFirstWithoutRepeats() {
        Settings settings = new Settings(new MemoryStore());
        for (int i = 0; i < 12; i++) settings.addRecentLesson(Path.of("l" + i + ".json"));
        settings.addRecentLesson(Path.of("l5.json"));
        assertThat(settings.recentLessons()).hasSize(Settings.RECENT_LIMIT);
        assertThat(settings.recentLessons().get(0)).isEqualTo(Path.of("l5.json").toAbsolutePath());
        assertThat(settings.recentLessons()).doesNotHaveDuplicates();
    }

    @Test
    void storedNonsenseFallsBackToDefaults() {
        MemoryStore store = new MemoryStore();
        store.put("language", "fr");
        store.put("theme", "PURPLE");
        store.put("textSize", "huge");
        Settings settings = new Settings(store);
        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(settings.textSize()).isEqualTo(18);
        settings.setTextSize(99);
        assertThat(settings.textSize()).isEqualTo(Settings.MAX_TEXT_SIZE);
    }
}
