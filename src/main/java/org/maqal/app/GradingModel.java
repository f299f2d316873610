package org.maqal.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.maqal.export.gradebook.GradebookWriter;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.grading.GradeReport;
import org.maqal.lesson.grading.Grader;
import org.maqal.lesson.grading.ItemResult;
import org.maqal.lesson.grading.Marks;
import org.maqal.lesson.grading.StudentResult;
import org.maqal.lesson.grading.Unreadable;
import org.maqal.lesson.student.AnswerParts;
import org.maqal.corpus.FileNames;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Lesson;
import org.maqal.text.Numerals;

/**
 * The grading screen's state: the lesson and the class folder chosen, grading as a background task
 * with progress, the scores per student and item ({@link ScoreSheet}), the answers the teacher reads
 * and scores ({@link OpenAnswer}), each mark saved at once into the folder's {@link Marks} file
 * (atomically, so closing the window loses nothing and grading again shows them), the files that could
 * not be graded, and the gradebook written in the background. Confined to one thread.
 */
public final class GradingModel {
    private final Grader grader;
    private final GradebookWriter gradebook;
    private final LessonFiles lessonFiles;
    private final Path lessonsFolder;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final Listeners listeners = new Listeners();
    private final TaskState task = new TaskState(listeners);
    private Lesson lesson;
    private Path folder;
    private GradeReport report;
    private Marks marks;
    private ScoreSheet sheet;
    private List<OpenAnswer> openAnswers = List.of();
    private boolean exporting;
    private Path gradebookFile;

    /**
     * @param lesson      the lesson to grade first (the one open in the editor), or null
     * @param classFolder the folder offered first for the hand-ins
     */
    public GradingModel(Lesson lesson, Path classFolder, Path lessonsFolder, Grader grader, GradebookWriter gradebook,
                        LessonFiles lessonFiles, TaskRunner runner, DialogService dialogs, Clock clock) {
        this.lesson = lesson;
        this.folder = Objects.requireNonNull(classFolder, "classFolder");
        this.lessonsFolder = Objects.requireNonNull(lessonsFolder, "lessonsFolder");
        this.grader = Objects.requireNonNull(grader, "grader");
        this.gradebook = Objects.requireNonNull(gradebook, "gradebook");
        this.lessonFiles = Objects.requireNonNull(lessonFiles, "lessonFiles");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Listeners listeners() {
        return listeners;
    }

    public Optional<Lesson> lesson() {
        return Optional.ofNullable(lesson);
    }

    public Path folder() {
        return folder;
    }

    /** Grades another lesson from now on; the grades shown go until it is graded. */
    public void setLesson(Lesson lesson) {
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        clearReport();
    }

    /** Asks for a lesson file and takes it; tells the teacher and keeps the lesson when it cannot be read. */
    public boolean chooseLesson() {
        Optional<Path> file = dialogs.chooseLessonToOpen(lessonsFolder);
        if (file.isEmpty()) return false;
        try {
            setLesson(lessonFiles.load(file.get()));
            return true;
        } catch (LessonFileException e) {
            dialogs.showError(Message.of("grading.title"), FileProblems.of(e));
            return false;
        }
    }

    public void setFolder(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        clearReport();
    }

    /** Asks for the class folder and grades it. */
    public boolean chooseFolder() {
        Optional<Path> chosen = dialogs.chooseFolder(folder);
        chosen.ifPresent(f -> {
            setFolder(f);
            grade();
        });
        return chosen.isPresent();
    }

    /** Grades the folder in the background; false (the teacher told why) without a lesson, or while busy. */
    public boolean grade() {
        if (busy()) return false;
        if (lesson == null) {
            dialogs.showError(Message.of("grading.title"), Message.of("grading.noLesson"));
            return false;
        }
        Lesson graded = lesson;
        Path from = folder;
        task.start(BackgroundTask.of(progress -> {
            Marks kept = Marks.load(from, graded.id());
            return new Graded(grader.grade(graded, from, kept, progress), kept);
        }), 1, runner, g -> {
            if (graded == lesson && from.equals(folder)) show(g.report(), g.marks());
        }, e -> dialogs.showError(Message.of("grading.title"), FileProblems.of(e)));
        return true;
    }

    private record Graded(GradeReport report, Marks marks) {
    }

    /** The grading under way, if any: whether it runs, how far it has got, and how to cancel it. */
    public TaskState task() {
        return task;
    }

    /** Whether the grades are being read or the gradebook written. */
    public boolean busy() {
        return task.running() || exporting;
    }

    public Optional<GradeReport> report() {
        return Optional.ofNullable(report);
    }

    /** The scores per student and item; empty before grading. */
    public Optional<ScoreSheet> scores() {
        return Optional.ofNullable(sheet);
    }

    /** The answers to read, by student then item; empty before grading. */
    public List<OpenAnswer> openAnswers() {
        return openAnswers;
    }

    /** How many of the answers to read the teacher has not scored yet. */
    public long unmarked() {
        return openAnswers.stream().filter(a -> !a.marked()).count();
    }

    /** The files that could not be graded, with their reasons. */
    public List<Unreadable> unreadable() {
        return report == null ? List.of() : report.unreadable();
    }

    /** Why a file was not graded, to be said in the window's language. */
    public Message reason(Unreadable file) {
        return FileProblems.of(file);
    }

    /**
     * Keeps what the teacher typed for an answer when they move on or close the screen: saves it as
     * {@link #mark} does when it differs from what the answer shows, and otherwise leaves the answer as
     * it is (one not scored yet keeps waiting).
     */
    public boolean keep(OpenAnswer answer, double score, String comment) {
        String said = comment == null ? "" : comment.strip();
        if (score == answer.score() && said.equals(answer.comment())) return true;
        return mark(answer, score, said);
    }

    /**
     * Gives an answer to read a score and a comment, saved into the folder's marks file at once, and
     * grades that student again. Tells the teacher and returns false for a score outside 0 to the
     * item's points, or when the marks cannot be saved (nothing changes then).
     */
    public boolean mark(OpenAnswer answer, double score, String comment) {
        String said = comment == null ? "" : comment.strip();
        if (report == null) return false;
        if (!(score >= 0 && score <= answer.points())) {
            dialogs.showError(Message.of("grading.title"), Message.of("grading.scoreRange", answer.points()));
            return false;
        }
        Marks next = marks.with(report.lesson(), answer.student(), answer.itemId(), score, said, clock.instant());
        try {
            next.save(folder);
        } catch (LessonFileException e) {
            dialogs.showError(Message.of("grading.title"), FileProblems.of(e));
            return false;
        }
        List<StudentResult> students = report.students().stream().map(r -> r.student().key().equals(answer.student().key())
                ? grader.mark(report.lesson(), r.file(), r.work(), next) : r).toList();
        show(new GradeReport(report.lesson(), students, report.unreadable(), report.superseded()), next);
        return true;
    }

    /**
     * Points as a teacher types them: digits (Western or Arabic-Indic) with ".", "," or "٫" before a
     * fraction; empty when the text is not such a number.
     */
    public static OptionalDouble parsePoints(String typed) {
        String plain = Numerals.western(typed.strip()).replace(',', '.').replace('\u066B', '.');
        if (!plain.matches("\\d+(\\.\\d+)?|\\.\\d+")) return OptionalDouble.empty();
        return OptionalDouble.of(Double.parseDouble(plain));
    }

    /** The gradebook file to suggest: beside the hand-ins, named for the lesson. */
    public Path suggestedGradebook() {
        String name = lesson == null ? "gradebook" : FileNames.dashedStem(lesson.id(), "lesson") + "-gradebook";
        return gradebookFile != null ? gradebookFile : folder.resolve(name + ".xlsx");
    }

    /** The gradebook written last, if any. */
    public Optional<Path> gradebookFile() {
        return Optional.ofNullable(gradebookFile);
    }

    /** Asks where to write the gradebook, then writes it in the background and says where it went. */
    public boolean exportGradebook() {
        if (report == null || busy()) return false;
        Optional<Path> target = dialogs.chooseFileToSave(suggestedGradebook(), Message.of("file.gradebook"), "xlsx");
        if (target.isEmpty()) return false;
        return exportGradebook(target.get());
    }

    /** Writes the gradebook to a file in the background; a file that cannot be replaced is reported plainly. */
    public boolean exportGradebook(Path file) {
        if (report == null || busy()) return false;
        GradeReport graded = report;
        exporting = true;
        listeners.fire();
        BackgroundTask.of(p -> {
            try {
                gradebook.write(graded, file, FileProblems.reasonsIn(graded.lesson().language()));
            } catch (IOException e) {
                throw LessonFileException.cannotSave("gradebook", file, e);
            }
            return file;
        }).onSuccess(written -> {
            exporting = false;
            gradebookFile = written;
            listeners.fire();
            dialogs.showInfo(Message.of("grading.export"), Message.of("grading.export.done", written.toString()));
        }).onFailure(e -> {
            exporting = false;
            listeners.fire();
            dialogs.showError(Message.of("grading.export"), FileProblems.of(e));
        }).runWith(runner);
        return true;
    }

    /** Whether the gradebook is being written. */
    public boolean exporting() {
        return exporting;
    }

    private void show(GradeReport graded, Marks kept) {
        report = graded;
        marks = kept;
        sheet = ScoreSheet.of(graded);
        openAnswers = toRead(graded);
        listeners.fire();
    }

    private void clearReport() {
        report = null;
        marks = null;
        sheet = null;
        openAnswers = List.of();
        listeners.fire();
    }

    /** Per student, the answers a teacher reads: open ones, glosses, sheets with open cells, short answers. */
    private static List<OpenAnswer> toRead(GradeReport graded) {
        Lesson l = graded.lesson();
        List<Item> all = l.items().toList();
        List<Item> toRead = graded.items().stream().filter(i -> i.type() == ItemType.SHORT_ANSWER
                || AnswerParts.expected(i, l.rules().articleOptional(i.id())).teacherMarks()).toList();
        List<OpenAnswer> out = new ArrayList<>();
        for (StudentResult r : graded.students()) {
            for (Item item : toRead) {
                ItemResult result = r.item(item.id()).orElseThrow();
                if (result.answer().isEmpty() && result.status() != ItemResult.Status.MARKED) continue;
                out.add(new OpenAnswer(r.student(), item.id(), all.indexOf(item) + 1, item.prompt(),
                        AnswerTexts.given(item, result.answer()), AnswerTexts.expected(item), item.notes(), item.points(),
                        result.score(), result.status(), result.comment()));
            }
        }
        return List.copyOf(out);
    }
}
