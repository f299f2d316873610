/**
 * Export: a lesson as Word documents to print (a student worksheet, an answer key, a reading
 * handout), as Moodle XML and as GIFT. {@link org.maqal.export.LessonExporter} is the one entry
 * point; the subpackages write each format ({@code docx}, {@code moodle}, {@code gift}) and render
 * figures charts ({@code chart}, the only place here that draws with AWT). The only package of
 * Maqal that uses Apache POI.
 */
package org.maqal.export;
