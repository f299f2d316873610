package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.SampleLessons;

/**
 * A glossary that cannot be read when the window opens: the editor opens without its glosses, the
 * teacher is told in the interface's language which file, why and what to do, and no save destroys the
 * file, its backup or a gloss in either.
 */
class GlossaryFileTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();

    private Path glossaryWithBackup() throws Exception {
        Path file = dir.resolve("corpus/glossary.json");
        Glossary glossary = Glossary.empty();
        glossary.put("بعثة", "mission");
        glossary.save(file);
        glossary.put("المشورة", "advice");
        glossary.save(file);
        return file;
    }

    private static byte[] cut(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        return Files.readAllBytes(file);
    }

    private LessonEditorModel editor(GlossaryFile glossary) {
        LessonEditorModel editor = new LessonEditorModel(dir.resolve("lessons"), glossary, new LessonFiles(),
                (lesson, section, seed) -> List.of(), dialogs, new Settings(new MemoryStore()));
        editor.show(SampleLessons.everyType());
        return editor;
    }

    @Test
    void aGlossaryCutOffOpensTheEditorWithoutGlossesAndSaysToRestoreItsBackup() throws Exception {
        Path file = glossaryWithBackup();
        byte[] broken = cut(file);
        byte[] backup = Files.readAllBytes(dir.resolve("corpus/glossary.json.bak"));

        GlossaryFile glossary = GlossaryFile.open(file);
        LessonEditorModel editor = editor(glossary);
        dialogs.texts = Texts.of("ar");
        editor.tellGlossaryProblem();
        dialogs.texts = Texts.of("en");
        editor.tellGlossaryProblem();

        assertThat(editor.glossary().entries()).isEmpty();
        assertThat(dialogs.errors).containsExactly(
                "الملف «glossary.json» تالف أو ناقص، فلا يمكن فتحه. استعِده من نسخته «glossary.json.bak» أو أصلحه في محرّر نصوص."
                        + " فُتح مقال دون معاني المسرد إلى حين ذلك. إن حفظت درسًا قبله، يُحتفظ بالملف التالف بجانبه باسم"
                        + " «glossary.json.damaged-1» ويبدأ مسرد جديد بالمعاني التي تكتبها (ومعاني نسخته الاحتياطية إن وُجدت).",
                "The file glossary.json is damaged or cut off, so it cannot be opened. Restore it from its copy glossary.json.bak,"
                        + " or fix it in a text editor. Maqal has opened without its glosses meanwhile. If you save a lesson before"
                        + " that, the damaged file is kept beside it as glossary.json.damaged-1 and a new glossary is started with"
                        + " the glosses you write (and those of its backup, if it has one).");
        assertThat(file).hasBinaryContent(broken);
        assertThat(dir.resolve("corpus/glossary.json.bak")).hasBinaryContent(backup);
    }

    @Test
    void theFirstSaveKeepsTheDamagedGlossaryAsideAndLosesNoGlossOfItsBackup() throws Exception {
        Path file = glossaryWithBackup();
        byte[] broken = cut(file);
        LessonEditorModel editor = editor(GlossaryFile.open(file));

        editor.glossary().put("الحلف", "the alliance");
        assertThat(editor.save()).isTrue();
        editor.glossary().put("قتالية", "combat");
        assertThat(editor.save()).isTrue();

        assertThat(dir.resolve("corpus/glossary.json.damaged-1")).hasBinaryContent(broken);
        assertThat(dialogs.infos).containsExactly("The damaged glossary glossary.json is kept as glossary.json.damaged-1;"
                + " the new glossary holds the glosses you wrote (and those of its backup, if it had one).");
        assertThat(Glossary.load(file).entries()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "بعثة", "mission", "الحلف", "the alliance", "قتالية", "combat"));
        assertThat(Glossary.load(dir.resolve("corpus/glossary.json.bak")).entries())
                .as("the backup after the second save still holds the old backup's gloss")
                .containsKey("بعثة");
        assertThat(dir.resolve("lessons").resolve(SampleLessons.everyType().id() + ".json")).exists();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aGlossaryRestoredWhileTheWindowIsOpenIsKeptWithTheGlossesWrittenSince() throws Exception {
        Path file = glossaryWithBackup();
        cut(file);
        LessonEditorModel editor = editor(GlossaryFile.open(file));
        Files.copy(dir.resolve("corpus/glossary.json.bak"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        editor.glossary().put("الحلف", "the alliance");
        assertThat(editor.save()).isTrue();

        assertThat(Glossary.load(file).entries()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "بعثة", "mission", "الحلف", "the alliance"));
        assertThat(dir.resolve("corpus/glossary.json.damaged-1")).doesNotExist();
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void aGlossaryFromANewerMaqalIsNeverWrittenButTheLessonIsSaved() throws Exception {
        Path file = glossaryWithBackup();
        Files.writeString(file, Files.readString(file).replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        byte[] newer = Files.readAllBytes(file);
        LessonEditorModel editor = editor(GlossaryFile.open(file));
        editor.tellGlossaryProblem();

        editor.glossary().put("الحلف", "the alliance");
        assertThat(editor.save()).isTrue();

        assertThat(dialogs.errors).containsExactly("The file glossary.json was saved by a newer version of Maqal; update Maqal"
                + " to open it. Maqal has opened without its glosses meanwhile. Glosses you write are saved in your lessons,"
                + " not in the glossary, until it can be read again.");
        assertThat(file).hasBinaryContent(newer);
        assertThat(dir.resolve("corpus/glossary.json.damaged-1")).doesNotExist();
        assertThat(editor.dirty()).isFalse();
    }

    @Test
    void aReadableGlossaryIsUsedAndNothingIsSaid() throws Exception {
        Path file = glossaryWithBackup();
        LessonEditorModel editor = editor(GlossaryFile.open(file));
        editor.tellGlossaryProblem();

        assertThat(editor.glossary().entries()).containsEntry("المشورة", "advice");
        assertThat(dialogs.errors).isEmpty();
    }
}
