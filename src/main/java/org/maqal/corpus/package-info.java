/**
 * The corpus on disk: a folder of UTF-8 {@code .txt} articles, each with an optional {@code .json}
 * metadata file beside it; reading it, and importing new articles into it.
 */
package org.maqal.corpus;
