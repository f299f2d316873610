package org.maqal.exercise;

/** Generation stopped because the teacher cancelled it (its thread was interrupted). */
public final class GenerationCancelledException extends RuntimeException {
    public GenerationCancelledException() {
        super("generation was cancelled");
    }
}
