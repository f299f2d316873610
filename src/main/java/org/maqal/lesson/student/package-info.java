/**
 * Students answering in the app, without any window: {@link org.maqal.lesson.student.StudentCopies}
 * makes the copy students open (the articles and questions, no answers, no teacher notes; with
 * instant feedback, salted slow hashes of the accepted answers), {@link org.maqal.lesson.student.StudentSession}
 * holds a student's answers, flags and progress, checks answers where the copy allows it
 * ({@link org.maqal.lesson.student.InstantFeedback}), saves every change within a second
 * ({@link org.maqal.lesson.student.Autosaver}, atomic, with a backup) and hands the work in
 * ({@link org.maqal.lesson.student.HandIns}: one file per student, never overwriting, re-hand-ins as
 * {@code -v2}…). {@link org.maqal.lesson.student.AnswerParts} is the one place that says which answer
 * is right, for feedback, hashes and grading alike, through {@link org.maqal.text.AnswerNormalizer}.
 * A window sits on {@code StudentSession}: it shows {@code StudentCopy} and calls the session on every change.
 */
package org.maqal.lesson.student;
