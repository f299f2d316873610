package org.maqal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.exercise.SeedLessons;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.student.Answer;
import org.maqal.lesson.student.Autosaver;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.RightAnswers;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.lesson.student.StudentCopy;
import org.maqal.lesson.student.StudentSession;
import org.maqal.lesson.student.StudentWork;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import org.maqal.model.SectionKind;

/**
 * A class folder of real hand-ins: a lesson generated from two articles of the real corpus with every
 * kind of section, saved in {@code lessons/}; its student copy; and the work of three students handed
 * in through {@link StudentSession} as the student view does, into {@code handins/}: ليلى حداد (10A)
 * answers everything as the lesson says, Omar Khalil (10A) answers the first half of the items,
 * سارة علي (10B) gives the first choice, "false" and a short wrong text everywhere. A note that is not
 * a hand-in lies beside them.
 *
 * @param lesson     the lesson
 * @param lessonFile where it is saved
 * @param copyFile   its student copy
 * @param handIns    the class folder
 */
public record RealHandIns(Lesson lesson, Path lessonFile, Path copyFile, Path handIns) {
    public static final String LAYLA = "ليلى حداد";
    public static final String OMAR = "Omar Khalil";
    public static final String SARA = "سارة علي";
    public static final String NOTE = "notes.json";

    /** Makes the lesson, the copy and the hand-ins under {@code root}. */
    public static RealHandIns makeIn(Path root) throws LessonFileException, IOException {
        LessonRequest request = new LessonRequest("", List.of(SeedLessons.id("001"), SeedLessons.id("004")),
                EnumSet.allOf(SectionKind.class), LessonRequest.DEFAULT_COUNT, 7, Language.AR);
        Lesson lesson = LessonGenerator.standard().generate(SeedLessons.corpus(), request, Map.of(), Progress.NONE);
        Path lessonFile = root.resolve("lessons").resolve(lesson.id() + ".json");
        Files.createDirectories(lessonFile.getParent());
        new LessonFiles().save(lesson, lessonFile);
        Path copyFile = StudentCopies.write(lesson, Seeds.corpus().articles(), FeedbackMode.AFTER_HAND_IN,
                Files.createDirectories(root.resolve("copies")));
        StudentCopy copy = new org.maqal.lesson.student.StudentCopyFiles().load(copyFile);
        Path handIns = Files.createDirectories(root.resolve("handins"));
        Path work = Files.createDirectories(root.resolve("work"));
        List<Item> items = lesson.items().toList();
        handIn(copy, new StudentWork.Student(LAYLA, "10A"), work, handIns, items, items.size());
        handIn(copy, new StudentWork.Student(OMAR, "10A"), work, handIns, items, items.size() / 2);
        handInWrong(copy, new StudentWork.Student(SARA, "10B"), work, handIns, items);
        Files.writeString(handIns.resolve(NOTE), "{\"note\": \"bring the USB stick back\"}");
        return new RealHandIns(lesson, lessonFile, copyFile, handIns);
    }

    /** The lesson's first item a teacher reads that is an open question. */
    public Item openQuestion() {
        return lesson.items().filter(i -> i.type() == ItemType.OPEN_QUESTION && i.points() > 0).findFirst()
                .orElseThrow(() -> new IllegalStateException("the lesson has no scored open question"));
    }

    private static void handIn(StudentCopy copy, StudentWork.Student student, Path work, Path folder, List<Item> items, int answered)
            throws LessonFileException {
        try (StudentSession session = StudentSession.start(copy, student, work.resolve(student.name() + ".json"), Autosaver.Listener.NONE)) {
            for (Item item : items.subList(0, answered)) {
                Answer answer = item.type() == ItemType.OPEN_QUESTION
                        ? new Answer.Text("تدريب القوات العراقية بعد طلب الحكومة، والمهمة غير قتالية.") : RightAnswers.of(item);
                session.answer(item.id(), answer);
            }
            session.handIn(folder);
        }
    }

    private static void handInWrong(StudentCopy copy, StudentWork.Student student, Path work, Path folder, List<Item> items)
            throws LessonFileException {
        try (StudentSession session = StudentSession.start(copy, student, work.resolve("sara.json"), Autosaver.Listener.NONE)) {
            for (Item item : items) {
                Answer answer = switch (item.type()) {
                    case MULTIPLE_CHOICE -> new Answer.Choice(copy.item(item.id()).orElseThrow().options().get(0));
                    case TRUE_FALSE -> new Answer.Judgement(false);
                    case GAP_FILL, SHORT_ANSWER, OPEN_QUESTION, VOCABULARY -> new Answer.Text("لا أعرف");
                    default -> null;
                };
                if (answer != null) session.answer(item.id(), answer);
            }
            session.handIn(folder);
        }
    }
}
