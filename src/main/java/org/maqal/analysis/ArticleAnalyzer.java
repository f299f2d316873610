package org.maqal.analysis;

import java.util.List;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.Figure;
import org.maqal.model.TokenList;
import org.maqal.text.TextPipeline;
import org.maqal.text.WordMemo;

/**
 * Analyses one article on its own: sentences and tokens, then entities, figures and claims.
 * A pure function of the article's text. What the stages need to know of each word is worked out
 * once per distinct word and looked up once per token for all of them. Thread-safe; build one and
 * share it.
 */
public final class ArticleAnalyzer {
    private final TextPipeline pipeline;
    private final EntityRecognizer entities;
    private final FigureExtractor figures;
    private final ClaimExtractor claims;
    private final WordMemo<Word> words = WordMemo.of(this::word);

    /**
     * What the stages need to know of one normalised word.
     *
     * @param entities  what the entity recognizer's word lists say of it
     * @param claims    what the claim extractor's word lists say of it (the same record when they share them)
     * @param known     whether a known place or organisation may start at it
     * @param figure    whether a date or quantity may start at it
     */
    private record Word(LexiconWords.Word entities, LexiconWords.Word claims, boolean known, boolean figure) {
    }

    public ArticleAnalyzer(TextPipeline pipeline, EntityRecognizer entities, FigureExtractor figures, ClaimExtractor claims) {
        this.pipeline = pipeline;
        this.entities = entities;
        this.figures = figures;
        this.claims = claims;
    }

    /** The analyzer with Maqal's own word lists, gazetteers and patterns. */
    public static ArticleAnalyzer standard() {
        LexiconWords lexicon = new LexiconWords(Lexicon.standard());
        return new ArticleAnalyzer(TextPipeline.standard(), new EntityRecognizer(Gazetteer.standard(), lexicon),
                FigureExtractor.standard(), new ClaimExtractor(lexicon));
    }

    /** Everything this analyzer finds in one article. */
    public ArticleAnalysis analyze(Article article) {
        return analyzeNumbered(article).analysis();
    }

    /** An article's analysis with the word id of each of its tokens ({@link TextPipeline.Text#wordIds}). */
    record Numbered(ArticleAnalysis analysis, int[] wordIds) {
    }

    /** Everything this analyzer finds in one article, with its tokens' word ids. */
    Numbered analyzeNumbered(Article article) {
        TextPipeline.Text text = pipeline.process(article.text());
        TokenList tokens = TokenList.copyOf(text.tokens());
        int n = tokens.size();
        LexiconWords.Word[] entityWords = new LexiconWords.Word[n];
        LexiconWords.Word[] claimWords = entities.words() == claims.words() ? entityWords : new LexiconWords.Word[n];
        boolean[] known = new boolean[n];
        boolean[] figure = new boolean[n];
        int[] ids = text.wordIds();
        for (int i = 0; i < n; i++) {
            Word w = words.get(tokens.normal(i), ids[i]);
            entityWords[i] = w.entities();
            claimWords[i] = w.claims();
            known[i] = w.known();
            figure[i] = w.figure();
        }
        List<Entity> found = entities.recognize(text, entityWords, known);
        List<Figure> numbers = figures.extract(text, figure);
        List<Claim> said = claims.extract(text, found, claimWords);
        return new Numbered(new ArticleAnalysis(article, text.sentences(), tokens, found, numbers, said), text.wordIds());
    }

    /** The word ids of an analysis's tokens, as this analyzer's pipeline numbers their normal forms (-1 for one it has not). */
    int[] wordIds(ArticleAnalysis analysis) {
        TokenList tokens = TokenList.copyOf(analysis.tokens());
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = pipeline.wordId(tokens.normal(i));
        return ids;
    }

    private Word word(String normal) {
        LexiconWords.Word entityWord = entities.words().of(normal);
        LexiconWords.Word claimWord = entities.words() == claims.words() ? entityWord : claims.words().of(normal);
        return new Word(entityWord, claimWord, entities.gazetteer().mayStartWith(normal), figures.mayStartWith(normal));
    }

    public TextPipeline pipeline() { return pipeline; }
}
