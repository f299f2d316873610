package org.maqal.export;

/** An export that could not be done, with one sentence a teacher can act on. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
