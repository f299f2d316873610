/**
 * Lesson files: {@link org.maqal.lesson.LessonFiles} saves and loads {@code lessons/*.json}
 * (atomic, with a backup, migrating older versions, refusing broken or newer ones), and
 * {@link org.maqal.lesson.Glossary} keeps the teacher's glosses in {@code corpus/glossary.json}.
 * The JSON mapping lives here, so the model knows no file format. Student copies, students' work
 * and hand-ins are in {@code org.maqal.lesson.student}, grading in {@code org.maqal.lesson.grading};
 * {@link org.maqal.lesson.JsonFiles}, {@link org.maqal.lesson.Fields}, {@link org.maqal.lesson.Malformed}
 * and {@link org.maqal.lesson.AtomicWrite} are public for them. Every refusal is a
 * {@link org.maqal.lesson.LessonFileException}: an English sentence for the command line and, as data
 * for a window in any language, a {@link org.maqal.lesson.FileProblem}, the file, a detail and a
 * {@link org.maqal.lesson.Remedy} ({@code org.maqal.app.FileProblems} turns them into the window's text).
 */
package org.maqal.lesson;
