package org.maqal.lesson;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the lesson-file format: rewrites, in place, the tree of a file of version
 * {@link #from()} into version {@code from() + 1}. A step leaves alone what it does not recognise;
 * the reader refuses what is still wrong afterwards.
 */
interface Migration {
    int from();

    void apply(ObjectNode lesson);
}
