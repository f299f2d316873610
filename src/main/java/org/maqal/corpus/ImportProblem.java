package org.maqal.corpus;

/**
 * Why an article file was refused, as data, so that the window can say it in its own language while
 * the command line keeps the English sentence of the {@link CorpusException}. With the file's name and
 * the {@link CorpusException#detail()} it makes the sentence a teacher reads; each kind says what to do.
 */
public enum ImportProblem {
    /** Any refusal none of the kinds below names; only the English sentence says it. */
    OTHER,
    /** The file does not exist. */
    MISSING,
    /** The name is a folder's, not a file's. */
    FOLDER,
    /** The file exists but cannot be read. */
    CANNOT_READ,
    /** An old Word document (.doc). */
    OLD_WORD,
    /** Not a .txt, .docx or .html file. */
    UNSUPPORTED,
    /** Larger than an article may be; the detail is the limit ("2 MB"). */
    TOO_LARGE,
    /** Empty, or only blank space. */
    EMPTY,
    /** Binary data (a PDF, an image, an archive, a program), not text. */
    NOT_TEXT,
    /** A byte-order mark of an encoding the rest of the file is not in. */
    BAD_BYTE_ORDER_MARK,
    /** UTF-8 with a few damaged characters; the detail is how many. */
    DAMAGED_UTF8,
    /** In no encoding Maqal recognises (UTF-8, UTF-16, Windows-1256). */
    UNKNOWN_ENCODING,
    /** Question marks where the Arabic letters were: they were lost when the file was saved. */
    LETTERS_LOST,
    /** Arabic converted to the wrong encoding ("Ø§Ù„"). */
    WRONG_ENCODING,
    /** No Arabic letters at all. */
    NO_ARABIC,
    /** Mostly not Arabic; the detail is the percentage of Arabic letters. */
    MOSTLY_NOT_ARABIC,
    /** Named .docx but not a Word document. */
    NOT_DOCX,
    /** A Word document that is damaged. */
    DAMAGED_DOCX,
    /** A Word document that unpacks to far more text than an article; the detail is the limit ("20 MB"). */
    DOCX_TOO_LARGE,
    /** An article already in the corpus cannot be read, so duplicates cannot be checked; the detail is its name. */
    CORPUS_ARTICLE_UNREADABLE,
    /** The article cannot be written into the corpus folder; the detail is the folder. */
    CANNOT_WRITE,
    /** The corpus folder does not exist; the file name is the folder's, the detail its path. */
    NO_CORPUS_FOLDER,
    /** The corpus folder's files cannot be listed; the file name is the folder's, the detail its path. */
    CANNOT_LIST_FOLDER,
    /** The corpus folder holds no {@code .txt} article; the file name is the folder's, the detail its path. */
    NO_ARTICLES
}
