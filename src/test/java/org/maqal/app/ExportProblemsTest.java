package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.SampleLessons;
import org.maqal.model.Lesson;
import org.maqal.testing.ReadOnlyFolders;

/**
 * An export that cannot be written, through the export dialog's model with the real exporter: the
 * teacher reads in the window's language which file or folder is wrong and what to do, and nothing of
 * theirs is changed.
 */
class ExportProblemsTest {
    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Lesson lesson = SampleLessons.everyType();

    /** Exports the lesson as GIFT (and the handout, if asked) in Arabic and then in English; returns what was said. */
    private List<String> export(Path folder, boolean handout) {
        ExportModel model = new ExportModel(new DocumentExporter(List::of), folder, TaskRunner.callingThread(), dialogs);
        model.setFormat(ExportFormat.WORKSHEET, false);
        model.setFormat(ExportFormat.ANSWER_KEY, false);
        model.setFormat(ExportFormat.GIFT, !handout);
        model.setFormat(ExportFormat.HANDOUT, handout);
        dialogs.texts = Texts.of("ar");
        model.export(lesson);
        dialogs.texts = Texts.of("en");
        model.export(lesson);
        assertThat(model.written()).isEmpty();
        return dialogs.errors;
    }

    @Test
    void aFileWhereTheExportFolderShouldBeIsNamedAndLeftAsItIs() throws Exception {
        Path file = Files.writeString(dir.resolve("exports"), "the teacher's notes");

        assertThat(export(file, false)).containsExactly(
                "«exports» في \u200E" + dir + "\u200E ملف لا مجلد؛ اختر مجلدًا للتصدير إليه.",
                "exports in " + dir + " is a file, not a folder; choose a folder to export into.");
        assertThat(file).hasContent("the teacher's notes");
    }

    @Test
    void aReadOnlyExportFolderIsSaidInArabicWithTheFileAndWhatToDo() throws Exception {
        Path folder = ReadOnlyFolders.in(dir);
        try {
            List<String> said = export(folder, false);
            assertThat(said).hasSize(2);
            assertThat(said.get(0)).startsWith("تعذّر حفظ «").contains(".gift.txt»").contains("للقراءة فقط")
                    .contains("أو اختر مجلدًا آخر");
            assertThat(said.get(1)).startsWith("Cannot save ").contains(".gift.txt because the file or its folder")
                    .contains("is read-only").endsWith("or choose another folder.");
        } finally {
            ReadOnlyFolders.makeWritable(folder);
        }
    }

    @Test
    void aHandoutWhoseArticleLeftTheCorpusNamesTheArticlesFile() throws Exception {
        Path folder = dir.resolve("exports");
        String id = lesson.articles().get(0).id();

        assertThat(export(folder, true)).containsExactly(
                "المقال «" + id + ".txt» من مقالات هذا الدرس لم يعد في المدوّنة، فلا يمكن وضع نصه في التصدير؛"
                        + " أعده إلى مجلد المدوّنة أو صدّر دون النشرة بالمقالات ونسخة الطالب.",
                "The article " + id + ".txt of this lesson is no longer in the corpus, so its text cannot go into the export;"
                        + " put it back in the corpus folder, or export without the handout and the student copy.");
    }

    @Test
    void aFolderWithTheNameOfTheFileToWriteIsNamedAndLeftAsItIs() throws Exception {
        Path folder = dir.resolve("exports");
        ExportModel probe = new ExportModel(new DocumentExporter(List::of), folder, TaskRunner.callingThread(), dialogs);
        probe.setFormat(ExportFormat.WORKSHEET, false);
        probe.setFormat(ExportFormat.ANSWER_KEY, false);
        probe.setFormat(ExportFormat.GIFT, true);
        probe.export(lesson);
        Path gift = probe.written().get(0);
        Files.delete(gift);
        Files.createDirectory(gift);
        Files.writeString(gift.resolve("inside.txt"), "keep");
        String name = gift.getFileName().toString();

        assertThat(export(folder, false)).containsExactly(
                "تعذّرت كتابة «" + name + "» لأن في المجلد \u200E" + folder + "\u200E مجلدًا بالاسم نفسه؛ غيّر اسم ذلك المجلد أو انقله،"
                        + " أو اختر مجلدًا آخر.",
                "Cannot write " + name + " because a folder with that name is in the way in " + folder
                        + "; rename or move that folder, or choose another folder.");
        assertThat(gift.resolve("inside.txt")).hasContent("keep");
    }
}
