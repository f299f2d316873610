/**
 * Exercise generation: {@link org.maqal.exercise.LessonGenerator} turns analysed articles into a
 * {@link org.maqal.model.Lesson}, one {@link org.maqal.exercise.SectionGenerator} per section kind
 * (subpackages {@code vocabulary}, {@code comprehension}, {@code comparison}, {@code claims}).
 * Generators are deterministic for a given seed and never produce an item they cannot stand behind:
 * what they leave out they say in the section's skip notes. Numbers a generator writes itself (row
 * numbers, "المقال ٢", "#٣", counts) are in the lesson's digits through {@link org.maqal.text.Numerals};
 * text quoted from an article keeps the digits it was written with.
 */
package org.maqal.exercise;
