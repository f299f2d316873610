package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.export.gradebook.GradebookWriter;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.grading.Grader;
import org.maqal.lesson.grading.HandInFixtures;
import org.maqal.lesson.grading.Marks;
import org.maqal.lesson.grading.Unreadable;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.HandIns;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.lesson.student.StudentCopyFiles;
import org.maqal.lesson.student.StudentWork;
import org.maqal.lesson.student.WorkFiles;
import org.maqal.testing.ReadOnlyFolders;
import org.maqal.testing.Refusals;

/**
 * What a teacher or student reads when a file is refused, in English and in Arabic: the file's name,
 * what is wrong and what to do, for each kind of file, with the bad file made here; the file itself
 * is left as it was, and the English sentence the command line prints is one sentence without Java
 * internals.
 */
class FileProblemsTest {
    private static final Texts EN = Texts.of("en");
    private static final Texts AR = Texts.of("ar");

    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();
    private LessonEditorModel editor;

    @BeforeEach
    void openEditor() {
        editor = new LessonEditorModel(dir.resolve("lessons"), GlossaryFile.of(dir.resolve("corpus/glossary.json"), Glossary.empty()),
                new LessonFiles(), (lesson, section, seed) -> List.of(), dialogs, new Settings(new MemoryStore()));
    }

    private static String en(LessonFileException e) {
        Refusals.requireOneSentence(e);
        return FileProblems.of(e).in(EN);
    }

    private static String ar(LessonFileException e) {
        return FileProblems.of(e).in(AR);
    }

    private static byte[] cut(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        return Files.readAllBytes(file);
    }

    private static byte[] newer(Path file) throws IOException {
        String text = Files.readString(file).replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        Files.writeString(file, text);
        return Files.readAllBytes(file);
    }

    private static LessonFileException refused(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isInstanceOf(LessonFileException.class);
        return (LessonFileException) thrown;
    }

    @Test
    void aLessonCutOffIsToBeRestoredFromItsBackupAndIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("lessons/nato.json");
        new LessonFiles().save(SampleLessons.everyType(), file);
        new LessonFiles().save(SampleLessons.forStudents(), file);
        byte[] broken = cut(file);

        dialogs.texts = AR;
        assertThat(editor.open(file)).isFalse();
        dialogs.texts = EN;
        assertThat(editor.open(file)).isFalse();

        assertThat(dialogs.errors).containsExactly(
                "الملف «nato.json» تالف أو ناقص، فلا يمكن فتحه. استعِده من نسخته «nato.json.bak» أو أصلحه في محرّر نصوص.",
                "The file nato.json is damaged or cut off, so it cannot be opened. Restore it from its copy nato.json.bak,"
                        + " or fix it in a text editor.");
        assertThat(file).hasBinaryContent(broken);
    }

    @Test
    void aLessonCutOffWithoutABackupIsToBeFixedOrGeneratedAgain() throws Exception {
        Path file = dir.resolve("nato.json");
        new LessonFiles().save(SampleLessons.everyType(), file);
        byte[] broken = cut(file);

        LessonFileException e = refused(() -> new LessonFiles().load(file));

        assertThat(en(e)).isEqualTo("The file nato.json is damaged or cut off, so it cannot be opened."
                + " Fix it in a text editor, or generate the lesson again.");
        assertThat(ar(e)).isEqualTo("الملف «nato.json» تالف أو ناقص، فلا يمكن فتحه. أصلحه في محرّر نصوص أو أنشئ الدرس من جديد.");
        assertThat(file).hasBinaryContent(broken);
    }

    @Test
    void aLessonOfANewerMaqalAsksForAnUpdate() throws Exception {
        Path file = dir.resolve("nato.json");
        new LessonFiles().save(SampleLessons.everyType(), file);
        byte[] saved = newer(file);

        LessonFileException e = refused(() -> new LessonFiles().load(file));

        assertThat(e.problem()).isEqualTo(FileProblem.NEWER_VERSION);
        assertThat(en(e)).isEqualTo("The file nato.json was saved by a newer version of Maqal; update Maqal to open it.");
        assertThat(ar(e)).isEqualTo("حُفظ الملف «nato.json» بإصدار أحدث من مقال؛ حدّث مقال لتفتحه.");
        assertThat(file).hasBinaryContent(saved);
    }

    @Test
    void aLessonSavedIntoAReadOnlyFolderIsRefusedInTheWindowsLanguage() throws Exception {
        Path folder = ReadOnlyFolders.in(dir);
        Path target = folder.resolve("maqal-test-nato.json");
        editor.show(SampleLessons.everyType());

        dialogs.texts = AR;
        assertThat(editor.saveAs(target)).isFalse();
        dialogs.texts = EN;
        assertThat(editor.saveAs(target)).isFalse();

        assertThat(dialogs.errors).containsExactly(
                "تعذّر حفظ «maqal-test-nato.json» لأن الملف أو مجلده \u200E" + folder + "\u200E للقراءة فقط؛"
                        + " أغلقه إن كان مفتوحًا في وورد أو إكسل أو برنامج آخر، أو اختر مجلدًا آخر.",
                "Cannot save maqal-test-nato.json because the file or its folder " + folder + " is read-only;"
                        + " close it if Word, Excel or another program has it open, or choose another folder.");
        assertThat(target).doesNotExist();
    }

    @Test
    void aLessonInAFolderMadeReadOnlyKeepsItsBytes() throws Exception {
        assumeTrue(ReadOnlyFolders.permissionsApply(dir), "root may write anywhere; the refusal itself is checked on /sys above");
        Path folder = Files.createDirectories(dir.resolve("kept"));
        Path file = folder.resolve("nato.json");
        new LessonFiles().save(SampleLessons.everyType(), file);
        byte[] before = Files.readAllBytes(file);
        ReadOnlyFolders.makeReadOnly(folder);
        try {
            LessonFileException e = refused(() -> new LessonFiles().save(SampleLessons.forStudents(), file));
            assertThat(e.problem()).isEqualTo(FileProblem.READ_ONLY);
            assertThat(file).hasBinaryContent(before);
        } finally {
            ReadOnlyFolders.makeWritable(folder);
        }
    }

    @Test
    void aGlossaryCutOffOrNewerIsRefusedAndNotSavedOver() throws Exception {
        Path file = dir.resolve("glossary.json");
        Glossary glossary = Glossary.empty();
        glossary.put("بعثة", "mission");
        glossary.save(file);
        byte[] broken = cut(file);

        LessonFileException loading = refused(() -> Glossary.load(file));
        LessonFileException saving = refused(() -> glossary.save(file));

        for (LessonFileException e : List.of(loading, saving)) {
            assertThat(en(e)).isEqualTo("The file glossary.json is damaged or cut off, so it cannot be opened."
                    + " Fix it in a text editor, or move it out of its folder to start again.");
            assertThat(ar(e)).isEqualTo("الملف «glossary.json» تالف أو ناقص، فلا يمكن فتحه. أصلحه في محرّر نصوص أو انقله من مجلده لتبدأ من جديد.");
        }
        assertThat(file).hasBinaryContent(broken);

        glossary.save(dir.resolve("second.json"));
        glossary.put("المشورة", "advice");
        glossary.save(dir.resolve("second.json"));
        byte[] newer = newer(dir.resolve("second.json"));
        LessonFileException e = refused(() -> Glossary.load(dir.resolve("second.json")));
        assertThat(en(e)).isEqualTo("The file second.json was saved by a newer version of Maqal; update Maqal to open it.");
        assertThat(ar(e)).isEqualTo("حُفظ الملف «second.json» بإصدار أحدث من مقال؛ حدّث مقال لتفتحه.");
        assertThat(dir.resolve("second.json")).hasBinaryContent(newer);
    }

    @Test
    void aGlossarySavedIntoAReadOnlyFolderSaysSo() throws Exception {
        Path folder = ReadOnlyFolders.in(dir);
        Glossary glossary = Glossary.empty();
        glossary.put("بعثة", "mission");

        LessonFileException e = refused(() -> glossary.save(folder.resolve("maqal-test-glossary.json")));

        assertThat(en(e)).isEqualTo("Cannot save maqal-test-glossary.json because the file or its folder " + folder
                + " is read-only; close it if Word, Excel or another program has it open, or choose another folder.");
        assertThat(ar(e)).startsWith("تعذّر حفظ «maqal-test-glossary.json» لأن الملف أو مجلده");
    }

    @Test
    void aDamagedMarksFileIsToBeRestoredFromItsBackupInTheGradingScreen() throws Exception {
        Path folder = HandInFixtures.copyTo(dir);
        String lessonId = SampleLessons.forStudents().id();
        Marks kept = Marks.load(folder, lessonId);
        kept.with(SampleLessons.forStudents(), new StudentWork.Student("Omar Khalil", "10A"), "c5", 1, "", Instant.now()).save(folder);
        Path file = Marks.fileIn(folder, lessonId);
        byte[] broken = cut(file);
        GradingModel model = new GradingModel(SampleLessons.forStudents(), folder, dir, new Grader(), new GradebookWriter(),
                new LessonFiles(), TaskRunner.callingThread(), dialogs, Clock.systemUTC());

        dialogs.texts = AR;
        model.grade();
        dialogs.texts = EN;
        model.grade();

        String name = file.getFileName().toString();
        assertThat(dialogs.errors).containsExactly(
                "الملف «" + name + "» تالف أو ناقص، فلا يمكن فتحه. استعِده من نسخته «" + name + ".bak» أو أصلحه في محرّر نصوص.",
                "The file " + name + " is damaged or cut off, so it cannot be opened. Restore it from its copy " + name
                        + ".bak, or fix it in a text editor.");
        assertThat(file).hasBinaryContent(broken);
        assertThat(model.scores()).isEmpty();
    }

    @Test
    void marksThatCannotBeSavedSayWhichFileAndWhy() throws Exception {
        Path folder = ReadOnlyFolders.in(dir);

        LessonFileException e = refused(() -> Marks.none("maqal-test").save(folder));

        assertThat(e.problem()).isEqualTo(FileProblem.READ_ONLY);
        assertThat(en(e)).startsWith("Cannot save maqal-test.marks.json because the file or its folder " + folder + " is read-only");
        assertThat(ar(e)).startsWith("تعذّر حفظ «maqal-test.marks.json» لأن الملف أو مجلده");
    }

    @Test
    void aHandInOfANewerMaqalIsListedWithItsNameAndWhatToDo() throws Exception {
        Path folder = HandInFixtures.copyTo(dir);
        Path file = folder.resolve("10C_Mona-Adel.json");
        Files.writeString(file, Files.readString(folder.resolve("10A_Layla-Haddad.json"), StandardCharsets.UTF_8)
                .replace("Layla Haddad", "Mona Adel").replace("\"10A\"", "\"10C\""));
        byte[] saved = newer(file);

        List<Unreadable> notGraded = new Grader().grade(SampleLessons.forStudents(), folder).unreadable();

        Unreadable mona = notGraded.stream().filter(u -> u.file().equals(file)).findFirst().orElseThrow();
        assertThat(FileProblems.of(mona).in(EN))
                .isEqualTo("The file 10C_Mona-Adel.json was saved by a newer version of Maqal; update Maqal to open it.");
        assertThat(FileProblems.of(mona).in(AR)).isEqualTo("حُفظ الملف «10C_Mona-Adel.json» بإصدار أحدث من مقال؛ حدّث مقال لتفتحه.");
        Unreadable karim = notGraded.stream().filter(u -> u.file().getFileName().toString().equals("10A_Karim-Aziz.json"))
                .findFirst().orElseThrow();
        assertThat(FileProblems.of(karim).in(EN))
                .isEqualTo("The file 10A_Karim-Aziz.json is damaged or cut off, so it cannot be opened. Ask the student to hand it in again.");
        assertThat(file).hasBinaryContent(saved);
    }

    @Test
    void answersThatCannotBeSavedNameTheFile() throws Exception {
        Path folder = ReadOnlyFolders.in(dir);
        StudentWork work = new WorkFiles().load(HandInFixtures.copyTo(dir).resolve("10A_Layla-Haddad.json"));

        LessonFileException e = refused(() -> new WorkFiles().save(work, folder.resolve("maqal-test.work.json")));

        assertThat(en(e)).startsWith("Cannot save maqal-test.work.json because the file or its folder " + folder + " is read-only");
        assertThat(ar(e)).startsWith("تعذّر حفظ «maqal-test.work.json» لأن الملف أو مجلده");
    }

    @Test
    void aFileOpenInAnotherProgramOrAFullDiskSaysWhatToDo() {
        Path file = dir.resolve("nato.json");
        LessonFileException inUse = LessonFileException.cannotSave("lesson", file, new FileSystemException(file.toString(), null,
                "The process cannot access the file because it is being used by another process"));
        LessonFileException full = LessonFileException.cannotSave("lesson", file, new IOException("No space left on device"));

        assertThat(en(inUse)).isEqualTo("Cannot save nato.json because another program has it open; close it there (Word, Excel) and try again.");
        assertThat(ar(inUse)).isEqualTo("تعذّر حفظ «nato.json» لأن برنامجًا آخر يفتحه؛ أغلقه في ذلك البرنامج (وورد أو إكسل) ثم أعد المحاولة.");
        assertThat(en(full)).isEqualTo("Cannot save nato.json because the disk or USB stick is full; free some space or choose another folder.");
        assertThat(ar(full)).isEqualTo("تعذّر حفظ «nato.json» لأن القرص أو وحدة USB ممتلئ؛ أفرغ بعض المساحة أو اختر مجلدًا آخر.");
    }

    @Test
    void aStudentCopyCutOffOrOfANewerMaqalIsRefusedAndLeftAsItIs() throws Exception {
        Path copy = StudentCopies.write(SampleLessons.forStudents(), List.of(SampleLessons.A, SampleLessons.B),
                FeedbackMode.NONE, dir);
        Path newer = Files.copy(copy, dir.resolve("newer" + StudentCopies.SUFFIX));
        byte[] newerBytes = newer(newer);
        String name = copy.getFileName().toString();
        byte[] broken = cut(copy);

        LessonFileException cutOff = refused(() -> new StudentCopyFiles().load(copy));
        LessonFileException fromNewer = refused(() -> new StudentCopyFiles().load(newer));

        assertThat(en(cutOff)).isEqualTo("The file " + name + " is damaged or cut off, so it cannot be opened. Ask your teacher for the file again.");
        assertThat(ar(cutOff)).isEqualTo("الملف «" + name + "» تالف أو ناقص، فلا يمكن فتحه. اطلب الملف من معلّمك مرة أخرى.");
        assertThat(en(fromNewer)).isEqualTo("The file newer.student.json was saved by a newer version of Maqal; update Maqal to open it.");
        assertThat(ar(fromNewer)).isEqualTo("حُفظ الملف «newer.student.json» بإصدار أحدث من مقال؛ حدّث مقال لتفتحه.");
        assertThat(copy).hasBinaryContent(broken);
        assertThat(newer).hasBinaryContent(newerBytes);
    }

    @Test
    void aHandInToAReadOnlyFolderNamesTheFileAndLeavesNothing() throws Exception {
        Path folder = ReadOnlyFolders.in(dir);
        StudentWork work = new WorkFiles().load(HandInFixtures.copyTo(dir).resolve("10A_Layla-Haddad.json"));

        LessonFileException e = refused(() -> new HandIns().write(work, folder, Instant.now()));

        assertThat(e.problem()).isEqualTo(FileProblem.READ_ONLY);
        assertThat(en(e)).isEqualTo("Cannot save 10A_Layla-Haddad.json because the file or its folder " + folder
                + " is read-only; close it if Word, Excel or another program has it open, or choose another folder.");
        assertThat(ar(e)).startsWith("تعذّر حفظ «10A_Layla-Haddad.json» لأن الملف أو مجلده");
        assertThat(folder.resolve("10A_Layla-Haddad.json")).doesNotExist();
    }
}
