package org.maqal.cli;

/** A mistake in what the user asked for; printed as one sentence, with a non-zero exit code. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
