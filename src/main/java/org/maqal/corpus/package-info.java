/**
 * The corpus on disk: a folder of UTF-8 {@code .txt} articles, each with an optional {@code .json}
 * metadata file beside it; reading it, and importing new articles into it, with what was found about
 * each file (encoding, metadata, duplicate fingerprint) kept in one catalog in {@code DIR/.maqal/}
 * ({@link org.maqal.corpus.FileCatalog}). Also the file handling every layer above shares: writing a
 * file atomically and cleaning up after killed saves ({@link org.maqal.corpus.AtomicFiles}), and
 * making file names from titles and names ({@link org.maqal.corpus.FileNames}).
 */
package org.maqal.corpus;
