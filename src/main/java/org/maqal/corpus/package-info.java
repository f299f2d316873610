/**
 * The corpus on disk: a folder of UTF-8 {@code .txt} articles, each with an optional {@code .json}
 * metadata file beside it; reading it, and importing new articles into it (with the fingerprints of
 * its files kept in {@code DIR/.maqal/}). Also the file handling every layer above shares: writing a
 * file atomically and cleaning up after killed saves ({@link org.maqal.corpus.AtomicFiles}), and
 * making file names from titles and names ({@link org.maqal.corpus.FileNames}).
 */
package org.maqal.corpus;
