package org.maqal.text;

import java.util.List;
import org.maqal.model.Sentence;
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

    private final WordForms words;

    public Tokenizer(LightStemmer stemmer, FunctionWords functionWords) {
        this.words = new WordForms(stemmer, functionWords, REMEMBERED_WORDS);
    }

    /** The tokens of a text, each assigned to the sentence that contains it. */
    public List<Token> tokenize(String text, List<Sentence> sentences) {
        char[] chars = text.toCharArray();
        TokenList.Builder tokens = TokenList.builder(chars.length / 5);
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
            WordForms.Form f = kind == TokenKind.ARABIC ? words.arabic(chars, i, end) : words.other(chars, i, end);
            tokens.add(f.text(), i, end, sentence, kind, f.normal(), f.stem(), f.function());
            i = end;
        }
        return tokens.build();
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
