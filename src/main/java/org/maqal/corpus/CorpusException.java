package org.maqal.corpus;

import java.util.Objects;

/**
 * A corpus folder or article that cannot be read or written; the message is one plain sentence for a
 * teacher. A refused article file also carries, for an interface in another language, the
 * {@link #problem()}, the {@link #fileName()} and a {@link #detail()} for the problems that have one.
 */
public class CorpusException extends Exception {
    private final ImportProblem problem;
    private final String fileName;
    private final String detail;

    public CorpusException(String message) {
        this(message, null);
    }

    public CorpusException(String message, Throwable cause) {
        this(ImportProblem.OTHER, "", "", message, cause);
    }

    /**
     * @param problem  what is wrong with the file
     * @param fileName the file's name
     * @param detail   what the problem names (see {@link ImportProblem}), or empty
     * @param message  the English sentence
     */
    public CorpusException(ImportProblem problem, String fileName, String detail, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** A refusal of a file with no detail. */
    public CorpusException(ImportProblem problem, String fileName, String message) {
        this(problem, fileName, "", message, null);
    }

    /** What is wrong with the file; {@link ImportProblem#OTHER} when only the message says it. */
    public ImportProblem problem() {
        return problem;
    }

    /** The name of the file refused, or empty. */
    public String fileName() {
        return fileName;
    }

    /** What the problem names (a limit, a count, a folder), or empty. */
    public String detail() {
        return detail;
    }
}
