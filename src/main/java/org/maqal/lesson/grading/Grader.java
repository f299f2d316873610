package org.maqal.lesson.grading;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.Remedy;
import org.maqal.lesson.student.Answer;
import org.maqal.lesson.student.AnswerParts;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.lesson.student.StudentWork;
import org.maqal.lesson.student.WorkFiles;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;

/**
 * Grades the hand-ins in a folder against their lesson. Every {@code .json} file in the folder is
 * read as a hand-in, except student copies ({@code .student.json}), marks files
 * ({@code .marks.json}) and hidden files; a file that cannot be read, is not a hand-in, or is a
 * hand-in for another lesson is listed with the reason and the others are graded all the same.
 * When a student handed in more than once, the latest hand-in is graded and the earlier ones are
 * listed as superseded.
 *
 * <p>Each item with points is marked: automatically by {@link AnswerParts} (so with the spelling
 * variants a teacher of Arabic accepts, and ال optional where the lesson's rules say), part by part
 * ({@code points × right parts / parts}), unless the teacher's {@link Marks} give it a score; open
 * questions, scored vocabulary entries and tables with open cells wait for the teacher. Items
 * without points are not graded. Thread-safe.
 */
public final class Grader {
    private final WorkFiles files = new WorkFiles();

    /**
     * Grades the folder with the marks kept in it ({@link Marks#load}).
     *
     * @throws LessonFileException when the folder cannot be listed, or its marks file cannot be read
     */
    public GradeReport grade(Lesson lesson, Path folder) throws LessonFileException {
        return grade(lesson, folder, Marks.load(folder, lesson.id()));
    }

    /**
     * Grades the folder with these marks.
     *
     * @throws LessonFileException when the folder does not exist or cannot be listed
     */
    public GradeReport grade(Lesson lesson, Path folder, Marks marks) throws LessonFileException {
        return grade(lesson, folder, marks, Progress.NONE);
    }

    /**
     * Grades the folder with these marks, telling {@code progress} after each file read (of all the
     * files to read). Stops early, with a {@link CancellationException}, when its thread is interrupted.
     *
     * @throws LessonFileException when the folder does not exist or cannot be listed
     */
    public GradeReport grade(Lesson lesson, Path folder, Marks marks, Progress progress) throws LessonFileException {
        Objects.requireNonNull(lesson, "lesson");
        if (!Files.isDirectory(folder)) {
            throw new LessonFileException(FileProblem.NO_FOLDER, folder, String.valueOf(folder), Remedy.NONE, "There is no folder " + folder
                    + "; choose the folder the students handed in to.", null);
        }
        List<Unreadable> unreadable = new ArrayList<>();
        Map<String, List<Found>> byStudent = new LinkedHashMap<>();
        List<Path> all = handIns(folder);
        int read = 0;
        for (Path file : all) {
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("grading was cancelled");
            progress.update(read++, all.size());
            try {
                StudentWork work = files.load(file);
                if (!work.lessonId().equals(lesson.id())) {
                    unreadable.add(new Unreadable(file, FileProblem.OTHER_LESSON, work.lessonTitle(), Remedy.GRADE_THAT_LESSON,
                            "It is a hand-in for the lesson \""
                            + work.lessonTitle() + "\" (" + work.lessonId() + "), not \"" + lesson.title() + "\" (" + lesson.id() + ")."));
                    continue;
                }
                byStudent.computeIfAbsent(work.student().key(), k -> new ArrayList<>()).add(new Found(file, work));
            } catch (LessonFileException e) {
                unreadable.add(Unreadable.of(file, e));
            }
        }
        progress.update(all.size(), all.size());
        List<StudentResult> results = new ArrayList<>();
        List<Path> superseded = new ArrayList<>();
        for (List<Found> versions : byStudent.values()) {
            versions.sort(LATEST_FIRST);
            results.add(mark(lesson, versions.get(0).file(), versions.get(0).work(), marks));
            versions.stream().skip(1).map(Found::file).forEach(superseded::add);
        }
        return new GradeReport(lesson, results, unreadable, superseded);
    }

    /** One student's work, marked. */
    public StudentResult mark(Lesson lesson, Path file, StudentWork work, Marks marks) {
        List<ItemResult> items = lesson.items().filter(i -> i.points() > 0)
                .map(i -> item(i, lesson.rules().articleOptional(i.id()), work, marks)).toList();
        return new StudentResult(file, work, items);
    }

    private static ItemResult item(Item item, boolean articleOptional, StudentWork work, Marks marks) {
        Optional<Answer> answer = work.answer(item.id()).filter(a -> a.fits(item.type()));
        AnswerParts.Expected expected = AnswerParts.expected(item, articleOptional);
        Map<String, String> given = AnswerParts.given(item.type(), answer.orElse(null), articleOptional);
        int right = (int) expected.parts().stream().filter(p -> p.accepts(given.get(p.id()))).count();
        double auto = expected.size() == 0 ? 0 : (double) item.points() * right / expected.size();
        Optional<Marks.Mark> mark = marks.get(work.student(), item.id());
        ItemResult.Status status;
        double score = auto;
        String comment = "";
        if (mark.isPresent()) {
            status = ItemResult.Status.MARKED;
            score = Math.min(mark.get().score(), item.points());
            comment = mark.get().comment();
        } else if (answer.isEmpty()) {
            status = ItemResult.Status.UNANSWERED;
        } else if (expected.teacherMarks()) {
            status = ItemResult.Status.TO_MARK;
        } else if (right == expected.size()) {
            status = ItemResult.Status.RIGHT;
        } else {
            status = right == 0 ? ItemResult.Status.WRONG : ItemResult.Status.PARTLY_RIGHT;
        }
        return new ItemResult(item.id(), item.type(), item.points(), score, status, right, expected.size(), answer, comment);
    }

    private static List<Path> handIns(Path folder) throws LessonFileException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : all) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(StudentCopies.SUFFIX) || name.endsWith(Marks.SUFFIX)
                        || !Files.isRegularFile(file)) {
                    continue;
                }
                out.add(file);
            }
        } catch (IOException e) {
            throw new LessonFileException(FileProblem.CANNOT_READ, folder, "Cannot list the hand-ins in " + folder + " ("
                    + e.getMessage() + "); check that it is still there and that you may read it.", e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private record Found(Path file, StudentWork work) {
    }

    private static final Comparator<Found> LATEST_FIRST = Comparator
            .comparingInt((Found f) -> f.work().attempt())
            .thenComparing(f -> f.work().handedIn() == null ? f.work().changed() : f.work().handedIn())
            .thenComparing(f -> f.file().getFileName().toString())
            .reversed();
}
