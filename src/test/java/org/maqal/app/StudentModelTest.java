package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.student.Answer;
import org.maqal.lesson.student.Autosaver;
import org.maqal.lesson.student.Feedback;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.lesson.student.StudentSession;
import org.maqal.lesson.student.StudentWork;
import org.maqal.lesson.student.WorkFiles;
import org.maqal.lesson.student.WorkFolder;

/** The student view's model without a window, on a student copy of the sample lesson. */
class StudentModelTest {
    private static final String RIGHT_SIZE = "أكثر من 300 شخص";

    @TempDir
    Path dir;
    private final FakeDialogs dialogs = new FakeDialogs();

    private Path copy(FeedbackMode mode) throws Exception {
        return StudentCopies.write(SampleLessons.forStudents(), List.of(SampleLessons.A, SampleLessons.B), mode,
                Files.createDirectories(dir.resolve("copies-" + mode.code())));
    }

    private StudentModel model(Path copyFile) {
        StudentModel model = new StudentModel(dir.resolve("work"), TaskRunner.callingThread(), dialogs);
        assertThat(model.open(copyFile)).isTrue();
        return model;
    }

    @Test
    void answersAreSavedAsTheyAreGivenAndComeBackWhenTheStudentReopensTheLesson() throws Exception {
        Path file = copy(FeedbackMode.AFTER_HAND_IN);
        StudentModel first = model(file);
        assertThat(first.lastStudent()).isEmpty();
        assertThat(first.begin("ليلى حداد", "10A")).isTrue();
        first.answer("c1", new Answer.Choice(RIGHT_SIZE));
        first.answer("g1", new Answer.Text("بحماية"));
        first.flag("c5", true);
        assertThat(first.tally()).isEqualTo(new StudentSession.Tally(2, 12, 1));

        Path work = new WorkFolder(dir.resolve("work")).find(first.copy().orElseThrow()).get(0).file();
        StudentWork onDisk = null;
        for (int i = 0; i < 200 && (onDisk == null || onDisk.responses().size() < 2); i++) {
            Thread.sleep(50); // waits for the autosave without closing, as if the machine stopped now
            onDisk = new WorkFiles().restore(work);
        }
        assertThat(onDisk.answer("g1")).contains(new Answer.Text("بحماية"));
        assertThat(onDisk.flags()).containsExactly("c5");
        assertThat(first.close()).isTrue();

        StudentModel again = model(file);
        assertThat(again.lastStudent()).contains(new StudentWork.Student("ليلى حداد", "10A"));
        assertThat(again.begin("  ليلى   حداد ", "10a")).isTrue();
        assertThat(again.answer("c1")).contains(new Answer.Choice(RIGHT_SIZE));
        assertThat(again.answer("g1")).contains(new Answer.Text("بحماية"));
        assertThat(again.flagged("c5")).isTrue();
        assertThat(again.tally().answered()).isEqualTo(2);
        again.close();

        StudentModel other = model(file);
        assertThat(other.begin("سامي", "10A")).isTrue();
        assertThat(other.answer("c1")).isEmpty();
        assertThat(other.tally().answered()).isZero();
        other.close();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void handingInWritesTheWorkToTheChosenFolderAndKeepsARehandInAsANewerVersion() throws Exception {
        StudentModel model = model(copy(FeedbackMode.NONE));
        model.begin("ليلى حداد", "10A");
        model.answer("c2", new Answer.Judgement(true));
        Path classFolder = Files.createDirectories(dir.resolve("class"));

        model.handIn();
        assertThat(model.lastHandIn()).isEmpty(); // cancelled: nothing written
        dialogs.folderChoice = classFolder;
        model.handIn();
        Path firstHandIn = model.lastHandIn().orElseThrow().file();
        assertThat(firstHandIn).exists().hasParent(classFolder);
        assertThat(new WorkFiles().load(firstHandIn).answer("c2")).contains(new Answer.Judgement(true));
        assertThat(dialogs.infos).singleElement().asString().contains(firstHandIn.toString());

        model.answer("c8", new Answer.Judgement(false));
        model.handIn();
        Path second = model.lastHandIn().orElseThrow().file();
        assertThat(second).isNotEqualTo(firstHandIn).exists();
        assertThat(new WorkFiles().load(second).attempt()).isEqualTo(2);
        assertThat(new WorkFiles().load(firstHandIn).answer("c8")).isEmpty();
        assertThat(dialogs.infos.get(1)).contains(second.toString(), "version 2");
        model.close();
    }

    @Test
    void feedbackComesOnlyWhereTheCopyAllowsIt() throws Exception {
        StudentModel instant = model(copy(FeedbackMode.INSTANT));
        instant.begin("ليلى حداد", "10A");
        assertThat(instant.feedbackAllowed()).isTrue();
        instant.answer("c1", new Answer.Choice("500 عنصر"));
        assertThat(instant.feedback("c1").map(Feedback::status)).contains(Feedback.Status.WRONG);
        instant.answer("c1", new Answer.Choice(RIGHT_SIZE));
        assertThat(instant.feedback("c1").map(Feedback::status)).contains(Feedback.Status.RIGHT);
        instant.answer("m1", new Answer.Matches(Map.of("بعثة", "mission", "المشورة", "targeting")));
        assertThat(instant.feedback("m1").map(Feedback::status)).contains(Feedback.Status.PARTLY_RIGHT);
        instant.close();

        for (FeedbackMode mode : List.of(FeedbackMode.AFTER_HAND_IN, FeedbackMode.NONE)) {
            StudentModel closed = model(copy(mode));
            closed.begin("ليلى حداد", "10A");
            closed.answer("c1", new Answer.Choice(RIGHT_SIZE));
            assertThat(closed.feedbackAllowed()).isFalse();
            assertThat(closed.feedback("c1")).isEmpty();
            closed.close();
        }
    }

    @Test
    void aHandInThatFailsIsExplainedInTheWindowsLanguage() throws Exception {
        StudentModel model = model(copy(FeedbackMode.NONE));
        model.begin("ليلى حداد", "10A");
        Path gone = dir.resolve("usb-stick");
        dialogs.folderChoice = gone;
        dialogs.texts = Texts.of("ar");

        model.handIn();

        assertThat(model.lastHandIn()).isEmpty();
        assertThat(dialogs.errors).containsExactly("المجلد " + gone + " غير موجود؛ اختر مجلد الصف أو أعد توصيل وحدة USB.");
        model.close();
    }

    @Test
    void aStudentWithoutANameIsAskedForOneAndAnUnreadableCopyIsRefused() throws Exception {
        StudentModel model = model(copy(FeedbackMode.NONE));
        assertThat(model.begin("  ", "10A")).isFalse();
        assertThat(model.started()).isFalse();
        assertThat(dialogs.errors).containsExactly("Type your name before you start.");

        Path broken = Files.writeString(dir.resolve("broken.student.json"), "{ not json");
        assertThat(new StudentModel(dir.resolve("work"), TaskRunner.callingThread(), dialogs).open(broken)).isFalse();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(1)).as("said from the bundle, so in the window's language")
                .isEqualTo("The file broken.student.json is damaged or cut off, so it cannot be opened. Ask your teacher for the file again.");
    }

    @Test
    void answersThatCannotBeSavedSayWhyInTheStudentsLanguageAndAreSavedOnceTheyCanBe() throws Exception {
        StudentModel model = model(copy(FeedbackMode.NONE));
        assertThat(model.begin("ليلى حداد", "10A")).isTrue();
        Path work = new WorkFolder(dir.resolve("work")).find(model.copy().orElseThrow()).get(0).file();
        Files.delete(work);
        Files.writeString(Files.createDirectory(work).resolve("in-the-way.txt"), "a folder where the answers go");

        model.answer("g1", new Answer.Text("بحماية"));
        for (int i = 0; i < 200 && model.saveState() != StudentModel.SaveState.FAILED; i++) Thread.sleep(50);

        assertThat(model.saveState()).isEqualTo(StudentModel.SaveState.FAILED);
        Message why = model.saveProblem().orElseThrow();
        String name = work.getFileName().toString();
        assertThat(why.in(Texts.of("ar"))).startsWith("تعذّر حفظ «" + name + "» في المجلد")
                .contains("تحقّق من أن لديك إذنًا بالكتابة فيه");
        assertThat(why.in(Texts.of("en"))).isEqualTo("Cannot save " + name + " in the folder " + work.getParent()
                + "; check that you may write there and that the disk has room.");

        Files.delete(work.resolve("in-the-way.txt"));
        Files.delete(work);
        for (int i = 0; i < 200 && model.saveState() != StudentModel.SaveState.SAVED; i++) Thread.sleep(50);
        assertThat(model.saveProblem()).as("tried again after %s and saved", Autosaver.RETRY).isEmpty();
        assertThat(new WorkFiles().load(work).answer("g1")).contains(new Answer.Text("بحماية"));
        assertThat(model.close()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }
}
