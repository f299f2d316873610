package org.maqal.analysis;

import java.util.List;
import org.maqal.model.Entity;
import org.maqal.text.TextPipeline;

/** PLACEHOLDER: finds people, organisations and places. */
public final class EntityRecognizer {
    public static EntityRecognizer standard() {
        return new EntityRecognizer();
    }

    public List<Entity> recognize(TextPipeline.Text text) {
        return List.of();
    }
}
