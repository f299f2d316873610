package org.maqal.testing;

/**
 * What a refusal must look like to a teacher: one sentence, ending with a full stop, on one line,
 * without an exception's class name or a stack frame in it. Used by the fuzz targets and the
 * bad-input tests, which throw {@link AssertionError} (a finding) for anything else.
 */
public final class Refusals {
    /** Long enough for a file name and a remedy; a message longer than this is not one clear sentence. */
    public static final int MAX_LENGTH = 600;

    private Refusals() {
    }

    /** Throws {@link AssertionError} unless the exception's message is one readable sentence. */
    public static void requireOneSentence(Exception refusal) {
        String why = problem(refusal.getMessage());
        if (why != null) throw new AssertionError("refusal " + why + ": " + refusal.getMessage(), refusal);
    }

    /** What is wrong with a refusal's message, or null when it is one readable sentence. */
    public static String problem(String message) {
        if (message == null || message.isBlank()) return "has no message";
        if (message.contains("\n") || message.contains("\r")) return "spans several lines";
        if (!message.endsWith(".")) return "does not end with a full stop";
        if (message.length() > MAX_LENGTH) return "is longer than " + MAX_LENGTH + " characters";
        if (message.matches("(?s).*(Exception|Error:|\\bat (java|org|com)\\.|java\\.[a-z]+\\.).*")) {
            return "shows Java internals";
        }
        return null;
    }
}
