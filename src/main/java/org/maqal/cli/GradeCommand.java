package org.maqal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maqal.app.FileProblems;
import org.maqal.export.gradebook.GradebookWriter;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.grading.GradeReport;
import org.maqal.lesson.grading.Grader;
import org.maqal.lesson.grading.StudentResult;
import org.maqal.lesson.grading.Unreadable;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grade --lesson L.json --submissions DIR --out gradebook.xlsx}: grades the hand-ins in a folder
 * and writes the gradebook. Prints a line per student, the hardest items, and the files not graded
 * with their reasons; the exit code is 0 once the gradebook is written, even when some files were
 * not graded.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades the students' hand-ins for a lesson and writes an Excel gradebook.")
final class GradeCommand implements Callable<Integer> {
    @Option(names = "--lesson", required = true, paramLabel = "LESSON.json", description = "The lesson file.")
    Path lessonFile;

    @Option(names = "--submissions", required = true, paramLabel = "DIR", description = "The folder the students handed in to.")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The gradebook to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        GradeReport report;
        try {
            Lesson lesson = new LessonFiles().load(lessonFile);
            report = new Grader().grade(lesson, folder);
        } catch (LessonFileException e) {
            throw new UserError(e.getMessage());
        }
        try {
            new GradebookWriter().write(report, out, FileProblems.reasonsIn(report.lesson().language()));
        } catch (IOException e) {
            throw new UserError(LessonFileException.cannotSave("gradebook", out, e).getMessage());
        }
        print(report, o);
        o.println("Gradebook written to " + out);
        o.flush();
        return 0;
    }

    private static void print(GradeReport report, PrintWriter o) {
        Lesson lesson = report.lesson();
        List<Item> items = report.items();
        o.printf(Locale.ROOT, "Lesson \"%s\" (%s): %d scored items, %d points%n", lesson.title(), lesson.id(), items.size(),
                items.stream().mapToInt(Item::points).sum());
        o.printf(Locale.ROOT, "Graded %d hand-in%s in %d class%s%n", report.students().size(), report.students().size() == 1 ? "" : "s",
                report.classes().size(), report.classes().size() == 1 ? "" : "es");
        for (StudentResult r : report.students()) {
            String toMark = r.toMark() == 0 ? "" : String.format(Locale.ROOT, ", %d to mark", r.toMark());
            o.printf(Locale.ROOT, "  %-10s %-28s %6s / %d (%.0f%%)%s%n", r.student().className(), r.student().name(),
                    points(r.total()), r.max(), r.percent(), toMark);
        }
        if (!report.students().isEmpty()) {
            o.print("Hardest items:");
            report.hardestFirst(report.students()).stream().limit(3).forEach(i -> o.printf(Locale.ROOT, " %s (%.0f%%)",
                    i.id(), GradeReport.percent(i.id(), report.students())));
            o.println();
        }
        if (!report.superseded().isEmpty()) {
            o.println("Earlier hand-ins replaced by a later one: "
                    + String.join(", ", report.superseded().stream().map(p -> p.getFileName().toString()).toList()));
        }
        if (!report.unreadable().isEmpty()) {
            o.println("Not graded (" + report.unreadable().size() + "):");
            for (Unreadable u : report.unreadable()) o.println("  " + u.file().getFileName() + ": " + u.reason());
        }
    }

    private static String points(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
