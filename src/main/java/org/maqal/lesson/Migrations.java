package org.maqal.lesson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The chain of steps that brings a lesson file of an older {@code schemaVersion} to the current one.
 * Immutable; thread-safe.
 */
final class Migrations {
    /** The version this Maqal writes and reads. */
    static final int CURRENT = 1;

    private final List<Migration> steps;

    Migrations() {
        this(List.of(new DraftToV1()));
    }

    Migrations(List<Migration> steps) {
        for (int v = 0; v < steps.size(); v++) {
            if (steps.get(v).from() != v) throw new IllegalArgumentException("migration " + v + " starts at version " + steps.get(v).from());
        }
        if (steps.size() != CURRENT) throw new IllegalArgumentException("migrations must lead to version " + CURRENT);
        this.steps = List.copyOf(steps);
    }

    /**
     * Rewrites the tree in place from {@code version} (0 to {@link #CURRENT}) to the current version,
     * setting its {@code schemaVersion}.
     */
    void upgrade(ObjectNode lesson, int version) {
        if (version < 0 || version > CURRENT) throw new IllegalArgumentException("no migration from version " + version);
        for (int v = version; v < CURRENT; v++) steps.get(v).apply(lesson);
        lesson.put("schemaVersion", CURRENT);
    }
}
