package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** The most word ids whose words are kept by id; past them a word is found by its normal form. */
    private static final int MAX_WORD_IDS = 1 << 19;

    private final TextPipeline pipeline;
    private final EntityRecognizer entities;
    private final FigureExtractor figures;
    private final ClaimExtractor claims;
    private final WordMemo<Word> words = WordMemo.of(this::word);
    /**
     * Each word's {@link Word} by its word id, for the ids of this analyzer's own pipeline only, so
     * that an id always stands for one word and a token's word is found without reading its normal
     * form. Read without a lock (a reader sees a word whole or not at all); grown under one.
     */
    private volatile Word[] byId = new Word[1024];

    /**
     * What the stages need to know of one normalised word.
     *
     * @param entities  what the entity recognizer's word lists say of it
     * @param claims    what the claim extractor's word lists say of it (the same record when they share them)
     * @param known     the known places and organisations that may start at it ({@link Gazetteer#startAt})
     * @param figure    which dates and quantities may start at it ({@link FigureExtractor#starts})
     */
    private record Word(LexiconWords.Word entities, LexiconWords.Word claims, Gazetteer.Start known, byte figure) {
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

    /**
     * An article's analysis with the word id of each of its tokens ({@link TextPipeline.Text#wordIds})
     * and which of its tokens are part of a name ({@link VocabularyBuilder#namedTokens}).
     */
    record Numbered(ArticleAnalysis analysis, int[] wordIds, boolean[] named) {
    }

    /** Everything this analyzer finds in one article, with its tokens' word ids. */
    Numbered analyzeNumbered(Article article) {
        return analyzeNumbered(List.of(article)).get(0);
    }

    /**
     * Everything this analyzer finds in each of several articles, in their order, the same as
     * {@link #analyzeNumbered(Article)} gives for each. The stages take the articles in turn, one
     * stage at a time (all texts, then all entities, then all figures, then all claims), so that a
     * stage's word lists, gazetteers and compiled code stay in the processor's caches from one
     * article to the next; on a few hundred articles that is about 1.4 times as fast as taking each
     * article through every stage.
     */
    List<Numbered> analyzeNumbered(List<Article> articles) {
        int m = articles.size();
        Prepared[] prepared = new Prepared[m];
        for (int a = 0; a < m; a++) prepared[a] = new Prepared(pipeline.process(articles.get(a).text()));
        for (Prepared p : prepared) lookUpWords(p);
        for (Prepared p : prepared) {
            p.found = entities.recognize(p.text, p.entityWords, p.known);
            // indexed for the claims now, while the mentions just found are still in the processor's cache
            p.mentions = new EntityIndex(p.tokens, p.claimWords, p.found);
            p.named = p.mentions.namedTokens();
        }
        for (Prepared p : prepared) p.numbers = figures.extract(p.text, p.figure);
        List<Numbered> analysed = new ArrayList<>(m);
        for (int a = 0; a < m; a++) {
            Prepared p = prepared[a];
            List<Claim> said = claims.extract(p.text, p.mentions);
            ArticleAnalysis analysis = new ArticleAnalysis(articles.get(a), p.text.sentences(), p.tokens, p.found, p.numbers, said);
            analysed.add(new Numbered(analysis, p.text.wordIds(), p.named));
            prepared[a] = null;
        }
        return analysed;
    }

    /** One article on its way through the stages: its text and what each stage has found so far. */
    private static final class Prepared {
        final TextPipeline.Text text;
        final TokenList tokens;
        LexiconWords.Word[] entityWords;
        LexiconWords.Word[] claimWords;
        Gazetteer.Start[] known;
        byte[] figure;
        List<Entity> found;
        EntityIndex mentions;
        boolean[] named;
        List<Figure> numbers;

        Prepared(TextPipeline.Text text) {
            this.text = text;
            this.tokens = TokenList.copyOf(text.tokens());
        }
    }

    /** What the stages need to know of each of an article's tokens, looked up once per token. */
    private void lookUpWords(Prepared p) {
        int n = p.tokens.size();
        p.entityWords = new LexiconWords.Word[n];
        p.claimWords = entities.words() == claims.words() ? p.entityWords : new LexiconWords.Word[n];
        p.known = new Gazetteer.Start[n];
        p.figure = new byte[n];
        int[] ids = p.text.wordIds();
        for (int i = 0; i < n; i++) {
            Word w = word(p.tokens, i, ids[i]);
            p.entityWords[i] = w.entities();
            p.claimWords[i] = w.claims();
            p.known[i] = w.known();
            p.figure[i] = w.figure();
        }
    }

    /** What the stages need to know of the token at {@code i}, whose word id in this analyzer's pipeline is {@code id}. */
    private Word word(TokenList tokens, int i, int id) {
        Word[] known = byId;
        Word w = id >= 0 && id < known.length ? known[id] : null;
        if (w != null) return w;
        w = words.get(tokens.normal(i));
        if (id >= 0) remember(id, w);
        return w;
    }

    private synchronized void remember(int id, Word w) {
        if (id >= MAX_WORD_IDS) return;
        Word[] known = byId;
        if (id >= known.length) known = Arrays.copyOf(known, Math.max(2 * known.length, id + 1));
        known[id] = w;
        byId = known;
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
        return new Word(entityWord, claimWord, entities.gazetteer().startAt(normal), figures.starts(normal));
    }

    public TextPipeline pipeline() { return pipeline; }
}
