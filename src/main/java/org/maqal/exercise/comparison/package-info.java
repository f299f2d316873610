/**
 * Source comparison: {@link org.maqal.exercise.comparison.ComparisonGenerator} sets two or more
 * articles side by side. Each aspect is a small class offering items best first: the same figure as
 * each article reports it ({@code FigureComparison}), who speaks and who is missing
 * ({@code VoiceComparison}), names, descriptions and reporting verbs ({@code FramingComparison}), what
 * each covers and leaves out ({@code CoverageComparison}), and the articles in date order
 * ({@code TimelineComparison}).
 */
package org.maqal.exercise.comparison;
