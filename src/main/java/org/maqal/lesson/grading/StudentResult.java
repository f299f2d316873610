package org.maqal.lesson.grading;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.maqal.lesson.student.StudentWork;

/**
 * One student's hand-in, marked: a result per scored item of the lesson, in the lesson's order.
 *
 * @param file  the hand-in file
 * @param work  the work in it
 * @param items the result per scored item
 */
public record StudentResult(Path file, StudentWork work, List<ItemResult> items) {
    public StudentResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(work, "work");
        items = List.copyOf(items);
    }

    public StudentWork.Student student() {
        return work.student();
    }

    /** Points scored. */
    public double total() {
        return items.stream().mapToDouble(ItemResult::score).sum();
    }

    /** Points there were to score. */
    public int max() {
        return items.stream().mapToInt(ItemResult::points).sum();
    }

    /** The total as a percentage of the maximum; 0 when nothing is scored. */
    public double percent() {
        return max() == 0 ? 0 : 100.0 * total() / max();
    }

    /** How many items wait for the teacher's mark. */
    public long toMark() {
        return items.stream().filter(i -> i.status() == ItemResult.Status.TO_MARK).count();
    }

    /** The result of an item, if it is scored. */
    public Optional<ItemResult> item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }
}
