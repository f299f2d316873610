/**
 * A library's analyses kept on disk beside the corpus ({@code DIR/.maqal/analyses.bin}) so that it
 * opens fast the second time: {@link org.maqal.analysis.store.AnalysisFile} reads and writes the
 * file, keyed by each article's SHA-256 and the {@link org.maqal.analysis.store.AnalyzerVersion}.
 */
package org.maqal.analysis.store;
