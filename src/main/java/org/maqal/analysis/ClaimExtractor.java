package org.maqal.analysis;

import java.util.List;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.text.TextPipeline;

/** PLACEHOLDER: finds the statements an article attributes to a source. */
public final class ClaimExtractor {
    public static ClaimExtractor standard() {
        return new ClaimExtractor();
    }

    public List<Claim> extract(TextPipeline.Text text, List<Entity> entities) {
        return List.of();
    }
}
