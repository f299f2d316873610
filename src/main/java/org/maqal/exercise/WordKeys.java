package org.maqal.exercise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.Sentence;
import org.maqal.model.Token;
import org.maqal.model.TokenList;
import org.maqal.model.TokenKind;
import org.maqal.text.LightStemmer;
import org.maqal.text.WordMemo;

/**
 * Loose keys that let the forms of one word in different articles meet: "مهمة", "مهمته", "مهمتنا"
 * and "والمهمة" share a key, as do "بعثة", "كبعثة" and "بعثته". A key only matches words; it is never
 * shown. "غير" with the word after it is one more key ("غير قتالية"), since it changes what the word
 * means. Thread-safe.
 */
public final class WordKeys {
    private static final LightStemmer STEMMER = new LightStemmer();
    private static final WordMemo<String> MEMO = WordMemo.of(WordKeys::compute);
    private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "هن", "ها", "نا", "كم", "ه"};
    private static final int MIN_KEY = 3;
    private static final String NOT = "غير";

    private WordKeys() {
    }

    /** The key of a normalised Arabic word. */
    public static String key(String normal) {
        return MEMO.get(normal);
    }

    /** The key of a token: an Arabic word's loose stem, a number's or Latin word's normal form. */
    public static String key(Token token) {
        return token.kind() == TokenKind.ARABIC ? key(token.normal()) : token.normal();
    }

    /** The content-word keys of some tokens, with "غير+word" keys; numbers and punctuation left out. */
    public static Set<String> contentKeys(List<Token> tokens) {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isContentWord() || t.kind() == TokenKind.LATIN) keys.add(key(t));
            if (t.kind() == TokenKind.ARABIC && t.normal().endsWith(NOT) && t.normal().length() <= NOT.length() + 1
                    && i + 1 < tokens.size() && tokens.get(i + 1).isArabicWord()) {
                keys.add(NOT + "+" + key(tokens.get(i + 1)));
            }
        }
        return keys;
    }

    /** The tokens between two offsets of the article's text (those that start and end inside). */
    public static List<Token> tokensIn(ArticleAnalysis article, int start, int end) {
        TokenList tokens = TokenList.copyOf(article.tokens());
        List<Token> out = new ArrayList<>();
        for (int i = tokens.firstStartingFrom(start); i < tokens.size() && tokens.end(i) <= end; i++) out.add(tokens.get(i));
        return out;
    }

    /** The tokens of one sentence. */
    public static List<Token> sentenceTokens(ArticleAnalysis article, int sentence) {
        Sentence s = article.sentence(sentence);
        return tokensIn(article, s.start(), s.end());
    }

    private static String compute(String normal) {
        String s = STEMMER.stem(STEMMER.stem(normal));
        for (String suffix : PRONOUN_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= MIN_KEY) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        if (s.endsWith("ت") && s.length() > MIN_KEY) s = s.substring(0, s.length() - 1);
        if (s.length() > MIN_KEY && (s.charAt(0) == 'ب' || s.charAt(0) == 'ك' || s.charAt(0) == 'ل')) {
            String rest = STEMMER.stem(s.substring(1));
            if (rest.length() >= MIN_KEY) s = rest;
        }
        return s;
    }
}
