package org.maqal.exercise.claims;

import java.util.List;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.SectionGenerator;
import org.maqal.model.Instructions;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;

/** PLACEHOLDER until the claims generator is built: an empty section that says so. */
public final class ClaimSheetGenerator implements SectionGenerator {
    @Override
    public SectionKind kind() {
        return SectionKind.CLAIMS;
    }

    @Override
    public Section generate(GenerationContext context) {
        return new Section(kind(), new Instructions("", "claims"), List.of(), List.of(), List.of("not built yet"));
    }
}
