/**
 * The Excel gradebook ({@code .xlsx}, Apache POI) of a {@link org.maqal.lesson.grading.GradeReport}:
 * {@link org.maqal.export.gradebook.GradebookWriter}.
 */
package org.maqal.export.gradebook;
