package org.maqal.text;

import java.util.Arrays;
import java.util.List;
import org.maqal.model.Sentence;
import org.maqal.model.SentenceList;
import org.maqal.model.Token;
import org.maqal.model.TokenList;
import org.maqal.model.TokenKind;

/**
 * Cuts a text into tokens with their offsets: Arabic words (with their diacritics and tatweel),
 * Latin words (K24, F-16's letters), numbers (17.7, 2,000, ٢٠٢٤) and punctuation. Each token gets
 * its normalised form, its light stem and whether it is a function word. Thread-safe.
 */
public final class Tokenizer {
    private static final int REMEMBERED_WORDS = 400_000;
    /** About how many characters of news text make one token, spaces included; to size the token arrays. */
    private static final int CHARS_PER_TOKEN = 5;

    private final WordForms words;

    public Tokenizer(LightStemmer stemmer, FunctionWords functionWords) {
        this.words = new WordForms(stemmer, functionWords, REMEMBERED_WORDS);
    }

    /** The tokens of a text, each assigned to the sentence that contains it. */
    public List<Token> tokenize(String text, List<Sentence> sentences) {
        return tokenizeWithIds(text, sentences).tokens();
    }

    /**
     * The tokens of a text with the word id of each token's normal form ({@link WordForms}): ids are
     * small, dense and the same for every token with one normal form, -1 past this tokenizer's room.
     */
    Tokens tokenizeWithIds(String text, List<Sentence> sentences) {
        Scratch scratch = SCRATCH.get();
        int n = text.length();
        char[] chars = scratch.chars(n);
        text.getChars(0, n, chars, 0);
        try {
            return tokenize(chars, n, sentences, TokenList.builder(n / CHARS_PER_TOKEN + 16), new int[n / CHARS_PER_TOKEN + 16]);
        } finally {
            scratch.release(n);
        }
    }

    /** A text's tokens and, for each, its word id; {@code ids} may be longer than the list. */
    record Tokens(TokenList tokens, int[] ids) {
    }

    /** The word id of a normal form, or -1 when no token has had it. */
    int wordId(String normal) {
        return words.id(normal);
    }

    /** Room for a text's characters that a thread reuses from text to text, unless the text was very long. */
    private static final class Scratch {
        private static final int KEPT_CHARS = 1 << 20;

        private char[] chars = new char[4096];

        char[] chars(int n) {
            if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
            return chars;
        }

        void release(int n) {
            if (n > KEPT_CHARS) chars = new char[4096];
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Tokens tokenize(char[] chars, int n, List<Sentence> sentences, TokenList.Builder tokens, int[] ids) {
        WordForms.Recent recent = words.recent();
        int[] sentenceStarts = SentenceList.starts(sentences);
        int sentence = 0;
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            int end;
            TokenKind kind;
            if (ArabicLetters.isWordPart(c) && c != ArabicLetters.ZWNJ && c != ArabicLetters.ZWJ) {
                end = scanArabic(chars, i, n);
                kind = TokenKind.ARABIC;
            } else if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                i++;
                continue;
            } else if (ArabicLetters.isDigit(c)) {
                end = scanNumber(chars, i, n);
                kind = TokenKind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = scanLatin(chars, i, n);
                kind = TokenKind.LATIN;
            } else {
                end = i + 1;
                kind = TokenKind.PUNCTUATION;
            }
            while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1] <= i) sentence++;
            WordForms.Form f = kind == TokenKind.ARABIC ? words.arabic(chars, i, end, recent) : words.other(chars, i, end, recent);
            tokens.add(f.word(), i, end, sentence, kind, f.function());
            if (count == ids.length) ids = Arrays.copyOf(ids, count * 2);
            ids[count++] = f.id();
            i = end;
        }
        return new Tokens(tokens.build(), ids);
    }

    private static int scanArabic(char[] text, int i, int n) {
        while (i < n && ArabicLetters.isWordPart(text[i])) i++;
        return i;
    }

    private static int scanLatin(char[] text, int i, int n) {
        while (i < n && (Character.isLetterOrDigit(text[i]) && !ArabicLetters.isWordPart(text[i]))) {
            i++;
        }
        return i;
    }

    private static int scanNumber(char[] text, int i, int n) {
        while (i < n) {
            char c = text[i];
            if (ArabicLetters.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',' || c == '٫' || c == '٬') && i + 1 < n
                    && ArabicLetters.isDigit(text[i + 1]) && i > 0 && ArabicLetters.isDigit(text[i - 1])) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
