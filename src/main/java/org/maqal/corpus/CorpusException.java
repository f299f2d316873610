package org.maqal.corpus;

/** A corpus folder or article that cannot be read or written; the message is one plain sentence for a teacher. */
public class CorpusException extends Exception {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
