package org.maqal.exercise.vocabulary;

import java.util.HashSet;
import java.util.Set;
import org.maqal.exercise.ArticleTokens;
import org.maqal.model.EntityType;
import org.maqal.model.GapFill;
import org.maqal.model.Token;
import org.maqal.model.TokenKind;

/**
 * A word cut out of its sentence: the prompt with {@link GapFill#GAP} where the word was, the word
 * as written, and the words around it that decide what else could fill it.
 *
 * @param word   the lesson word whose form was cut out
 * @param at     where it was cut out
 * @param prompt the sentence with the gap
 * @param left   what stands just before the gap ({@link #slot}), or null (start of sentence, punctuation)
 * @param right  what stands just after it, or null
 * @param others every other normalised word of the sentence
 */
record Gap(LessonWord word, Occurrence at, String prompt, String left, String right, Set<String> others) {
    Gap {
        others = Set.copyOf(others);
    }

    /** The answer: the token as written in the sentence. */
    String answer() {
        return at.token().text();
    }

    String answerNormal() {
        return at.token().normal();
    }

    /** The gap for a token of a lesson word, in its whole sentence. */
    static Gap of(LessonWord word, Occurrence at) {
        Token token = at.token();
        return of(word, at, at.article().replace(token.sentence(), token.start(), token.end(), GapFill.GAP));
    }

    /** The gap for a token of a lesson word, shown in the given prompt (its sentence or a stretch of it). */
    static Gap of(LessonWord word, Occurrence at, String prompt) {
        Token token = at.token();
        Set<String> others = new HashSet<>();
        for (Token t : at.article().tokens(token.sentence())) {
            if (t != token && t.kind() == TokenKind.ARABIC) others.add(t.normal());
        }
        ArticleTokens a = at.article();
        return new Gap(word, at, prompt, slot(a, a.neighbour(token, -1)), slot(a, a.neighbour(token, 1)), others);
    }

    /**
     * How a neighbour of a gap is compared with the corpus: a word of a name by the kind of name
     * ("@PLACE"), since any place fits where a place stands; a number as "#"; another word by its
     * normalised form; punctuation not at all (null).
     */
    static String slot(ArticleTokens article, Token t) {
        if (t == null || t.kind() == TokenKind.PUNCTUATION || t.kind() == TokenKind.LATIN) return null;
        if (t.kind() == TokenKind.NUMBER) return "#";
        EntityType type = article.nameType(t);
        return type != null ? "@" + type.name() : t.normal();
    }
}
