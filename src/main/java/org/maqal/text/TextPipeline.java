package org.maqal.text;

import java.util.List;
import org.maqal.model.Sentence;
import org.maqal.model.SentenceList;
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
        Tokenizer.Tokens tokens = tokenizer.tokenizeWithIds(text, sentences);
        return new Text(text, sentences, tokens.tokens(), tokens.ids());
    }

    /**
     * The word id this pipeline gave a normal form ({@link Text#wordIds}), or -1 when no text it
     * processed had the word (or it had no room left to number it).
     */
    public int wordId(String normal) {
        return tokenizer.wordId(normal);
    }

    public FunctionWords functionWords() { return functionWords; }

    public LightStemmer stemmer() { return stemmer; }

    /**
     * A text with its sentences and tokens, kept as a {@link TokenList}, and each token's word id:
     * a small number that this pipeline gives each distinct normal form, the same for all its tokens,
     * so that what is known of a word can be kept in arrays by id ({@link WordMemo#get(String, int)});
     * -1 for a word it had no room to number. {@code wordIds} may be longer than the token list;
     * it is not copied, and must not be changed.
     */
    public record Text(String text, List<Sentence> sentences, List<Token> tokens, int[] wordIds) {
        public Text {
            sentences = sentences instanceof SentenceList ? sentences : List.copyOf(sentences);
            tokens = TokenList.copyOf(tokens);
            if (wordIds.length < tokens.size()) throw new IllegalArgumentException("A word id is needed for every token");
        }

        /** The word id of the token at {@code index}. */
        public int wordId(int index) {
            return wordIds[java.util.Objects.checkIndex(index, tokens.size())];
        }
    }
}
