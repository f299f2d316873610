package org.maqal.app;

import java.util.List;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Section;

/** Makes fresh items for a section of a lesson, from which the editor takes a replacement for one item. */
@FunctionalInterface
public interface ItemRegenerator {
    /**
     * The items the section's generator makes for the lesson's articles with another seed; empty when
     * the articles are not loaded or give nothing.
     */
    List<Item> candidates(Lesson lesson, Section section, long seed);
}
