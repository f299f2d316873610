package org.maqal.lesson.grading;

import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import org.maqal.model.Item;
import org.maqal.model.Lesson;

/**
 * The grades of a folder of hand-ins: the students' results (by class, then name), the files not
 * graded with their reasons, and the earlier hand-ins that a later one replaced. Immutable.
 */
public record GradeReport(Lesson lesson, List<StudentResult> students, List<Unreadable> unreadable, List<Path> superseded) {
    private static final Comparator<String> TEXT = Collator.getInstance(Locale.ROOT)::compare;

    public GradeReport {
        Objects.requireNonNull(lesson, "lesson");
        students = students.stream().sorted(Comparator.comparing((StudentResult r) -> r.student().className(), TEXT)
                .thenComparing(r -> r.student().name(), TEXT)).toList();
        unreadable = List.copyOf(unreadable);
        superseded = List.copyOf(superseded);
    }

    /** The classes of the students, in order; a student without a class is in the class "". */
    public List<String> classes() {
        return students.stream().map(r -> r.student().className()).distinct().toList();
    }

    /** The students of a class. */
    public List<StudentResult> inClass(String className) {
        return students.stream().filter(r -> r.student().className().equals(className)).toList();
    }

    /** The graded items (those with points), in the lesson's order. */
    public List<Item> items() {
        return lesson.items().filter(i -> i.points() > 0).toList();
    }

    /**
     * The share of an item's points these students scored, as a percentage (an unanswered item counts
     * 0); 0 for no students.
     */
    public static double percent(String itemId, List<StudentResult> group) {
        double scored = 0;
        double possible = 0;
        for (StudentResult r : group) {
            for (ItemResult i : r.items()) {
                if (i.itemId().equals(itemId)) {
                    scored += i.score();
                    possible += i.points();
                }
            }
        }
        return possible == 0 ? 0 : 100 * scored / possible;
    }

    /** The graded items, hardest for these students first (lowest {@link #percent}), ties in lesson order. */
    public List<Item> hardestFirst(List<StudentResult> group) {
        List<Item> items = items();
        double[] percents = items.stream().mapToDouble(i -> percent(i.id(), group)).toArray();
        return IntStream.range(0, items.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> percents[i]).thenComparingInt(i -> i))
                .map(items::get).toList();
    }
}
