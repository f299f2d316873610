/**
 * The corpus on disk: a folder of UTF-8 {@code .txt} articles, each with an optional {@code .json}
 * metadata file beside it; reading it, and importing new articles into it, with what was found about
 * each file (encoding, metadata, duplicate fingerprint) kept in one catalog in {@code DIR/.maqal/}
 * ({@link org.maqal.corpus.FileCatalog}). Also the file handling every layer above shares: writing a
 * file atomically and cleaning up after killed saves ({@link org.maqal.corpus.AtomicFiles}), and
 * making file names from titles and names ({@link org.maqal.corpus.FileNames}).
 *
 * <p>A refused article file says why in one English sentence (the {@link org.maqal.corpus.CorpusException}'s
 * message, for the command line) and as data, an {@link org.maqal.corpus.ImportProblem} with the file's
 * name and a detail, which {@code org.maqal.app.FileProblems} says in the window's language.
 */
package org.maqal.corpus;
