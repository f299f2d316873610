package org.maqal.app;

import org.maqal.lesson.grading.ItemResult;
import org.maqal.lesson.student.StudentWork;

/**
 * An answer the teacher reads and scores: a short or long answer, a gloss, or the cells of a sheet
 * that need a teacher, with what the lesson expects beside it.
 *
 * @param student  who wrote it
 * @param itemId   the item
 * @param number   the item's number in the lesson, from 1
 * @param prompt   the question
 * @param given    what the student wrote, as text (empty when nothing)
 * @param expected the model answer, guidance or reference cells (empty when the lesson has none)
 * @param notes    the teacher's notes on the item (empty when none)
 * @param points   what the item is worth
 * @param score    the score it has now (the teacher's, else the automatic part)
 * @param status   how that score came about ({@link ItemResult.Status#MARKED} once the teacher scored it)
 * @param comment  the teacher's comment, or empty
 */
public record OpenAnswer(StudentWork.Student student, String itemId, int number, String prompt, String given, String expected,
                         String notes, int points, double score, ItemResult.Status status, String comment) {
    /** Whether the teacher has scored it. */
    public boolean marked() {
        return status == ItemResult.Status.MARKED;
    }
}
