package org.maqal.model;

/**
 * Told how far long work has gone. Called from worker threads; implementations must be thread-safe
 * and quick. Work stops early when its thread is interrupted.
 */
@FunctionalInterface
public interface Progress {
    /** Does nothing. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} steps are finished. */
    void update(int done, int total);
}
