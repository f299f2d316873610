package org.maqal.exercise;

import org.maqal.model.Section;
import org.maqal.model.SectionKind;

/**
 * Makes one kind of section from analysed articles. Implementations are stateless, thread-safe and
 * deterministic: the same context gives the same section. A generator that cannot make an item it
 * can stand behind leaves it out and says why in {@link Section#skipped()}; it returns a section with
 * no items rather than throwing when the articles give it nothing to work with.
 */
public interface SectionGenerator {

    /** The kind of section it makes. */
    SectionKind kind();

    /** The section for these articles, with at most {@link GenerationContext#count()} items of each item type. */
    Section generate(GenerationContext context);
}
