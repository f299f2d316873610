package org.maqal.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.student.Answer;
import org.maqal.lesson.student.Autosaver;
import org.maqal.lesson.student.Feedback;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.HandIns;
import org.maqal.lesson.student.InstantFeedback;
import org.maqal.lesson.student.StudentCopy;
import org.maqal.lesson.student.StudentCopyFiles;
import org.maqal.lesson.student.StudentItem;
import org.maqal.lesson.student.StudentSession;
import org.maqal.lesson.student.StudentWork;
import org.maqal.lesson.student.WorkFolder;

/**
 * The student view's state, without widgets: a student copy opened, the student who answers it, their
 * answers (each saved in the background within a second), flags, progress, instant feedback where the
 * copy allows it (checked off the window's thread through the {@link TaskRunner}), and the hand-in.
 * Work in progress lives in a {@link WorkFolder}; starting again as the same student (same name and
 * class) goes on with the answers saved there. Call it on the window's thread; listeners are told
 * there too.
 */
public final class StudentModel {
    /** Whether the answers are on disk. */
    public enum SaveState { SAVED, SAVING, FAILED }

    private final WorkFolder workFolder;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Listeners changes = new Listeners();
    private final Map<String, Feedback> feedback = new ConcurrentHashMap<>();
    private StudentCopy copy;
    private StudentSession session;
    private SaveState saveState = SaveState.SAVED;
    private Message saveProblem;
    private Path handInFolder;
    private HandIns.HandIn lastHandIn;

    /**
     * @param workFolder where work in progress is kept on this computer (created when first needed)
     */
    public StudentModel(Path workFolder, TaskRunner runner, DialogService dialogs) {
        this.workFolder = new WorkFolder(Objects.requireNonNull(workFolder, "workFolder"));
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** Subscribes to every change; running the returned action unsubscribes. */
    public Runnable subscribe(Runnable listener) {
        return changes.subscribe(listener);
    }

    public Listeners listeners() {
        return changes;
    }

    /**
     * Opens a student copy; tells the student (one sentence) and returns false when it cannot be read.
     * With instant feedback, warms the checker up in the background.
     */
    public boolean open(Path copyFile) {
        try {
            copy = new StudentCopyFiles().load(copyFile);
        } catch (LessonFileException e) {
            dialogs.showError(Message.of("student.openFailed"), FileProblems.of(e));
            return false;
        }
        if (feedbackAllowed()) {
            InstantFeedback checker = new InstantFeedback(copy);
            BackgroundTask.of(p -> { checker.warmUp(); return null; }).runWith(runner);
        }
        changes.fire();
        return true;
    }

    /** The copy opened. */
    public Optional<StudentCopy> copy() {
        return Optional.ofNullable(copy);
    }

    /**
     * The student whose work on this lesson was saved last on this computer, to offer their name and
     * class again; empty when there is none.
     */
    public Optional<StudentWork.Student> lastStudent() {
        try {
            return workFolder.find(requireCopy()).stream().map(s -> s.work().student()).findFirst();
        } catch (LessonFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts answering as this student: goes on with their saved work on this lesson if there is some,
     * else starts new work. Tells the student and returns false for a blank name or a folder that
     * cannot be written.
     */
    public boolean begin(String name, String className) {
        StudentCopy c = requireCopy();
        if (name == null || name.isBlank()) {
            dialogs.showError(Message.of("student.title"), Message.of("student.nameMissing"));
            return false;
        }
        StudentWork.Student student = new StudentWork.Student(name, className);
        Autosaver.Listener listener = new Autosaver.Listener() {
            @Override public void saved(StudentWork work) { onUiThread(SaveState.SAVED, null); }
            @Override public void failed(LessonFileException error) { onUiThread(SaveState.FAILED, FileProblems.of(error)); }
        };
        try {
            Optional<WorkFolder.Saved> earlier = workFolder.find(c).stream()
                    .filter(s -> s.work().student().key().equals(student.key())).findFirst();
            Files.createDirectories(workFolder.folder());
            session = earlier.isPresent() ? StudentSession.resume(c, earlier.get().file(), listener)
                    : StudentSession.start(c, student, workFolder.fileFor(c, student), listener);
        } catch (LessonFileException | IOException e) {
            dialogs.showError(Message.of("student.title"), FileProblems.of(e));
            return false;
        }
        if (feedbackAllowed()) c.items().map(StudentItem::id).filter(id -> session.answer(id).isPresent()).forEach(this::check);
        changes.fire();
        return true;
    }

    /** Whether a student has begun. */
    public boolean started() {
        return session != null;
    }

    /** Who is answering. */
    public Optional<StudentWork.Student> student() {
        return started() ? Optional.of(session.work().student()) : Optional.empty();
    }

    public List<StudentCopy.Section> sections() {
        return requireCopy().sections();
    }

    public List<StudentItem> items() {
        return requireCopy().items().toList();
    }

    public List<StudentCopy.Article> articles() {
        return requireCopy().articles();
    }

    /** The answer given to an item, if any. */
    public Optional<Answer> answer(String itemId) {
        return requireSession().answer(itemId);
    }

    /** Records an answer (an empty one clears it); saved within a second; checked where allowed. */
    public void answer(String itemId, Answer answer) {
        requireSession().answer(itemId, answer);
        saveState = SaveState.SAVING;
        feedback.remove(itemId);
        if (feedbackAllowed()) check(itemId);
        changes.fire();
    }

    public void flag(String itemId, boolean flagged) {
        requireSession().flag(itemId, flagged);
        saveState = SaveState.SAVING;
        changes.fire();
    }

    public boolean flagged(String itemId) {
        return requireSession().isFlagged(itemId);
    }

    /** How many items are answered, of how many, and how many are flagged. */
    public StudentSession.Tally tally() {
        return requireSession().tally();
    }

    public SaveState saveState() {
        return saveState;
    }

    /** Why the last save failed (a full USB stick, a read-only folder), while saving is {@link SaveState#FAILED}. */
    public Optional<Message> saveProblem() {
        return saveState == SaveState.FAILED ? Optional.ofNullable(saveProblem) : Optional.empty();
    }

    /** Whether the copy gives feedback as the student answers. */
    public boolean feedbackAllowed() {
        return copy != null && copy.feedback() == FeedbackMode.INSTANT;
    }

    /** The feedback on an item's current answer once checked; empty where the copy gives none or not yet checked. */
    public Optional<Feedback> feedback(String itemId) {
        return Optional.ofNullable(feedback.get(itemId));
    }

    /** The last hand-in written in this session. */
    public Optional<HandIns.HandIn> lastHandIn() {
        return Optional.ofNullable(lastHandIn);
    }

    /**
     * Asks for the folder to hand in to, then writes the work there in the background and tells the
     * student where it went (a later hand-in is kept as a newer version).
     */
    public void handIn() {
        StudentSession s = requireSession();
        Optional<Path> folder = dialogs.chooseFolder(handInFolder);
        if (folder.isEmpty()) return;
        handInFolder = folder.get();
        BackgroundTask.of(p -> s.handIn(folder.get()))
                .onSuccess(handIn -> {
                    lastHandIn = handIn;
                    saveState = SaveState.SAVED;
                    changes.fire();
                    int version = handIn.work().attempt();
                    dialogs.showInfo(Message.of("student.handIn.title"), version > 1
                            ? Message.of("student.handIn.again", handIn.file().toString(), version)
                            : Message.of("student.handIn.done", handIn.file().toString()));
                })
                .onFailure(e -> dialogs.showError(Message.of("student.handIn.title"), FileProblems.of(e)))
                .runWith(runner);
    }

    /**
     * Saves what is not saved yet and ends the session; returns false (after telling the student)
     * when that last save fails.
     */
    public boolean close() {
        if (session == null) return true;
        try {
            session.close();
            return true;
        } catch (LessonFileException e) {
            dialogs.showError(Message.of("student.title"), FileProblems.of(e));
            return false;
        } finally {
            session = null;
        }
    }

    private void check(String itemId) {
        StudentSession s = session;
        Optional<Answer> given = s.answer(itemId);
        BackgroundTask.of(p -> s.feedback(itemId))
                .onSuccess(f -> {
                    if (s == session && s.answer(itemId).equals(given)) {
                        feedback.put(itemId, f);
                        changes.fire();
                    }
                })
                .runWith(runner);
    }

    private void onUiThread(SaveState state, Message problem) {
        BackgroundTask.of(p -> state).onSuccess(st -> {
            if (saveState != SaveState.SAVING || st != SaveState.SAVED || session == null || session.isSaved()) {
                saveState = st;
                saveProblem = problem;
                changes.fire();
            }
        }).runWith(runner);
    }

    private StudentCopy requireCopy() {
        if (copy == null) throw new IllegalStateException("no student copy is open");
        return copy;
    }

    private StudentSession requireSession() {
        if (session == null) throw new IllegalStateException("no student has begun");
        return session;
    }
}
