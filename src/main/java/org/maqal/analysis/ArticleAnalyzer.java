package org.maqal.analysis;

import java.util.List;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.Figure;
import org.maqal.text.TextPipeline;

/**
 * Analyses one article on its own: sentences and tokens, then entities, figures and claims.
 * A pure function of the article's text. Thread-safe; build one and share it.
 */
public final class ArticleAnalyzer {
    private final TextPipeline pipeline;
    private final EntityRecognizer entities;
    private final FigureExtractor figures;
    private final ClaimExtractor claims;

    public ArticleAnalyzer(TextPipeline pipeline, EntityRecognizer entities, FigureExtractor figures, ClaimExtractor claims) {
        this.pipeline = pipeline;
        this.entities = entities;
        this.figures = figures;
        this.claims = claims;
    }

    /** The analyzer with Maqal's own word lists, gazetteers and patterns. */
    public static ArticleAnalyzer standard() {
        return new ArticleAnalyzer(TextPipeline.standard(), EntityRecognizer.standard(),
                FigureExtractor.standard(), ClaimExtractor.standard());
    }

    /** Everything this analyzer finds in one article. */
    public ArticleAnalysis analyze(Article article) {
        TextPipeline.Text text = pipeline.process(article.text());
        List<Entity> found = entities.recognize(text);
        List<Figure> numbers = figures.extract(text);
        List<Claim> said = claims.extract(text, found);
        return new ArticleAnalysis(article, text.sentences(), text.tokens(), found, numbers, said);
    }

    public TextPipeline pipeline() { return pipeline; }
}
