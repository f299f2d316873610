/**
 * Presentation models for the teacher's window, with no Swing in them: the corpus list
 * ({@link org.maqal.app.CorpusModel}), the annotated reader ({@link org.maqal.app.ReaderModel}) and
 * its corpus search ({@link org.maqal.app.ConcordanceModel} over {@link org.maqal.app.Concordance}), the lesson builder
 * ({@link org.maqal.app.LessonBuilderModel}) and editor ({@link org.maqal.app.LessonEditorModel},
 * every change one undoable edit), the comparison view ({@link org.maqal.app.ComparisonModel}), the
 * claim tracker ({@link org.maqal.app.ClaimTrackerModel}), export ({@link org.maqal.app.ExportModel}),
 * grading hand-ins ({@link org.maqal.app.GradingModel}), the student view ({@link org.maqal.app.StudentModel})
 * and settings ({@link org.maqal.app.Settings}). Long work runs as a {@link org.maqal.app.BackgroundTask}
 * on a {@link org.maqal.app.TaskRunner}, and a model shows its progress through a
 * {@link org.maqal.app.TaskState}; dialogs are asked for through {@link org.maqal.app.DialogService}.
 * Models are confined to one thread (the Swing thread in the app, the test's thread in tests).
 */
package org.maqal.app;
