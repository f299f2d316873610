/**
 * Lesson files: {@link org.maqal.lesson.LessonFiles} saves and loads {@code lessons/*.json}
 * (atomic, with a backup, migrating older versions, refusing broken or newer ones), and
 * {@link org.maqal.lesson.Glossary} keeps the teacher's glosses in {@code corpus/glossary.json}.
 * The JSON mapping lives here, so the model knows no file format.
 */
package org.maqal.lesson;
