package org.maqal.analysis;

import java.util.List;
import org.maqal.model.Token;
import org.maqal.text.WordMemo;

/**
 * What a {@link Lexicon} says of each normalised word, worked out once per distinct word and shared
 * by every token that has it, so that the entity and claim finders test a token by reading a field
 * instead of looking the word up in several lists, often after taking its clitics off, again and
 * again. Thread-safe.
 */
final class LexiconWords {
    /**
     * What the lexicon says of one normalised word.
     *
     * @param title            a title word, clitics and article aside ({@link WordList#containsBare})
     * @param verb             the reporting verb it is, or null ({@link ReportingVerbs#match})
     * @param firstName        a first name ({@link Lexicon#isFirstName})
     * @param organizationHead one of its readings ({@link Clitics#readings}) is, without the article,
     *                         the head noun of an organisation, medium, state body or place
     * @param definiteHead     one of its readings has the article and is an institution or state body
     *                         without it ("الوزارة", "والحكومة")
     */
    record Word(boolean title, ReportingVerbs.Use verb, boolean firstName, boolean organizationHead, boolean definiteHead) {
    }

    private final Lexicon lexicon;
    private final WordMemo<Word> words = WordMemo.of(this::compute);

    LexiconWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Lexicon lexicon() { return lexicon; }

    /** What the lexicon says of a normalised word. */
    Word of(String normal) {
        return words.get(normal);
    }

    /** What the lexicon says of each token's normal form, in token order. */
    Word[] of(List<Token> tokens) {
        Word[] out = new Word[tokens.size()];
        for (int i = 0; i < out.length; i++) out[i] = words.get(tokens.get(i).normal());
        return out;
    }

    private Word compute(String normal) {
        boolean organizationHead = false;
        boolean definiteHead = false;
        for (Clitics.Reading r : Clitics.readings(normal)) {
            String bare = Clitics.withoutArticle(r.word());
            if (lexicon.media().contains(bare) || lexicon.stateBodies().contains(bare) || lexicon.institutions().contains(bare)
                    || lexicon.placeHeads().contains(bare)) {
                organizationHead = true;
            }
            if (Clitics.hasArticle(r.word()) && (lexicon.institutions().contains(bare) || lexicon.stateBodies().contains(bare))) {
                definiteHead = true;
            }
        }
        return new Word(lexicon.titles().containsBare(normal), lexicon.verbs().match(normal), lexicon.isFirstName(normal),
                organizationHead, definiteHead);
    }
}
