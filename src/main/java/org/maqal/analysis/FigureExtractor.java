package org.maqal.analysis;

import java.util.List;
import org.maqal.model.Figure;
import org.maqal.text.TextPipeline;

/** PLACEHOLDER: finds the figures an article reports. */
public final class FigureExtractor {
    public static FigureExtractor standard() {
        return new FigureExtractor();
    }

    public List<Figure> extract(TextPipeline.Text text) {
        return List.of();
    }
}
