package org.maqal.exercise.comprehension;

import java.util.List;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.SectionGenerator;
import org.maqal.model.Instructions;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;

/** PLACEHOLDER until the comprehension generator is built: an empty section that says so. */
public final class ComprehensionGenerator implements SectionGenerator {
    @Override
    public SectionKind kind() {
        return SectionKind.COMPREHENSION;
    }

    @Override
    public Section generate(GenerationContext context) {
        return new Section(kind(), new Instructions("", "comprehension"), List.of(), List.of(), List.of("not built yet"));
    }
}
