/**
 * Grading a folder of hand-ins against their lesson: {@link org.maqal.lesson.grading.Grader} marks
 * every scored item of every readable hand-in (the latest per student), lists the files it cannot
 * grade with the reason, and applies the teacher's own scores and comments kept in
 * {@link org.maqal.lesson.grading.Marks}; {@link org.maqal.lesson.grading.GradeReport} gives totals,
 * classes and per-item percentages, hardest first. The gradebook file is written in
 * {@code org.maqal.export.gradebook}.
 */
package org.maqal.lesson.grading;
