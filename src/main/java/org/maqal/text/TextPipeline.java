package org.maqal.text;

import java.util.List;
import org.maqal.model.Sentence;
import org.maqal.model.Token;
import org.maqal.model.TokenList;

/**
 * The text stages chained: sentences, then tokens with normal forms, stems and function-word marks.
 * Thread-safe; build one and share it.
 */
public final class TextPipeline {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer;
    private final FunctionWords functionWords;
    private final LightStemmer stemmer;

    public TextPipeline(FunctionWords functionWords, LightStemmer stemmer) {
        this.functionWords = functionWords;
        this.stemmer = stemmer;
        this.tokenizer = new Tokenizer(stemmer, functionWords);
    }

    /** A pipeline with Maqal's own function-word list and Lucene's light stemmer. */
    public static TextPipeline standard() {
        return new TextPipeline(FunctionWords.standard(), new LightStemmer());
    }

    /** The sentences and tokens of a text. */
    public Text process(String text) {
        List<Sentence> sentences = splitter.split(text);
        return new Text(text, sentences, tokenizer.tokenize(text, sentences));
    }

    public FunctionWords functionWords() { return functionWords; }

    public LightStemmer stemmer() { return stemmer; }

    /** A text with its sentences and tokens, kept as a {@link TokenList}. */
    public record Text(String text, List<Sentence> sentences, List<Token> tokens) {
        public Text {
            sentences = List.copyOf(sentences);
            tokens = TokenList.copyOf(tokens);
        }
    }
}
