package org.maqal.text;

import java.util.ArrayList;
import java.util.List;
import org.maqal.model.Sentence;
import org.maqal.model.Token;
import org.maqal.model.TokenKind;

/**
 * Cuts a text into tokens with their offsets: Arabic words (with their diacritics and tatweel),
 * Latin words (K24, F-16's letters), numbers (17.7, 2,000, ٢٠٢٤) and punctuation. Each token gets
 * its normalised form, its light stem and whether it is a function word. Thread-safe.
 */
public final class Tokenizer {
    private static final int REMEMBERED_WORDS = 400_000;

    private final WordForms words;

    public Tokenizer(LightStemmer stemmer, FunctionWords functionWords) {
        this.words = new WordForms(stemmer, functionWords, REMEMBERED_WORDS);
    }

    /** The tokens of a text, each assigned to the sentence that contains it. */
    public List<Token> tokenize(String text, List<Sentence> sentences) {
        char[] chars = text.toCharArray();
        List<Token> tokens = new ArrayList<>(chars.length / 5);
        int sentence = 0;
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            int end;
            TokenKind kind;
            if (ArabicLetters.isWordPart(c) && c != ArabicLetters.ZWNJ && c != ArabicLetters.ZWJ) {
                end = scanArabic(chars, i);
                kind = TokenKind.ARABIC;
            } else if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                i++;
                continue;
            } else if (ArabicLetters.isDigit(c)) {
                end = scanNumber(text, i);
                kind = TokenKind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = scanLatin(text, i);
                kind = TokenKind.LATIN;
            } else {
                end = i + 1;
                kind = TokenKind.PUNCTUATION;
            }
            while (sentence + 1 < sentences.size() && sentences.get(sentence + 1).start() <= i) sentence++;
            tokens.add(token(chars, i, end, sentence, kind));
            i = end;
        }
        return tokens;
    }

    private Token token(char[] text, int start, int end, int sentence, TokenKind kind) {
        WordForms.Form f = kind == TokenKind.ARABIC ? words.arabic(text, start, end) : words.other(text, start, end);
        return new Token(f.text(), start, end, sentence, kind, f.normal(), f.stem(), f.function());
    }

    private static int scanArabic(char[] text, int i) {
        while (i < text.length && ArabicLetters.isWordPart(text[i])) i++;
        return i;
    }

    private static int scanLatin(String text, int i) {
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) && !ArabicLetters.isWordPart(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static int scanNumber(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (ArabicLetters.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',' || c == '٫' || c == '٬') && i + 1 < text.length()
                    && ArabicLetters.isDigit(text.charAt(i + 1)) && i > 0 && ArabicLetters.isDigit(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
