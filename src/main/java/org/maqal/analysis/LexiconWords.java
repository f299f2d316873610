package org.maqal.analysis;

import java.util.List;
import org.maqal.model.TokenList;
import org.maqal.text.WordMemo;

/**
 * What a {@link Lexicon} says of each normalised word, worked out once per distinct word and shared
 * by every token that has it, so that the entity and claim finders test a token by reading a field
 * instead of looking the word up in several lists, often after taking its clitics off, again and
 * again. Thread-safe.
 */
final class LexiconWords {
    /**
     * What the lexicon says of one normalised word. "Bare" means found once attached clitics and
     * the article are taken off ({@link WordList#containsBare}).
     *
     * @param title            a title word, bare
     * @param verb             the reporting verb it is, or null ({@link ReportingVerbs#match})
     * @param firstName        a first name ({@link Lexicon#isFirstName})
     * @param organizationHead one of its readings ({@link Clitics#readings}) is, without the article,
     *                         the head noun of an organisation, medium, state body or place
     * @param definiteHead     one of its readings has the article and is an institution or state body
     *                         without it ("الوزارة", "والحكومة")
     * @param definite         it has the article after any attached letters ({@link Clitics#isDefinite})
     * @param time             a time word, bare
     * @param source           an unnamed source ("مصادر", "البيان"), bare
     * @param role             a role word, bare
     * @param institution      an institution's head noun, bare
     * @param commonNoun       a word never part of a name, bare
     * @param nationality      a nationality adjective in any form
     * @param head             a medium, institution or role word, bare: what may head or qualify a source
     * @param common           a word of any list that is not a name: verb, title, role, head noun,
     *                         common noun, time word, source or nationality
     * @param kunya            أم or أبو, with or without an attached conjunction
     * @param phrase           an attribution phrase ({@link AttributionPhrases#isPhraseWord})
     * @param saying           a form of القول that reports speech ({@link ClaimExtractor#isSayingWord})
     * @param readings         its readings without attached clitics ({@link Clitics#readings})
     */
    record Word(boolean title, ReportingVerbs.Use verb, boolean firstName, boolean organizationHead, boolean definiteHead,
                boolean definite, boolean time, boolean source, boolean role, boolean institution, boolean commonNoun,
                boolean nationality, boolean head, boolean common, boolean kunya, boolean phrase, boolean saying,
                List<Clitics.Reading> readings) {
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
    Word[] of(TokenList tokens) {
        Word[] out = new Word[tokens.size()];
        for (int i = 0; i < out.length; i++) out[i] = words.get(tokens.normal(i));
        return out;
    }

    private Word compute(String normal) {
        boolean organizationHead = false;
        boolean definiteHead = false;
        List<Clitics.Reading> readings = Clitics.readings(normal);
        for (Clitics.Reading r : readings) {
            String bare = Clitics.withoutArticle(r.word());
            if (lexicon.media().contains(bare) || lexicon.stateBodies().contains(bare) || lexicon.institutions().contains(bare)
                    || lexicon.placeHeads().contains(bare)) {
                organizationHead = true;
            }
            if (Clitics.hasArticle(r.word()) && (lexicon.institutions().contains(bare) || lexicon.stateBodies().contains(bare))) {
                definiteHead = true;
            }
        }
        Lexicon x = lexicon;
        ReportingVerbs.Use verb = x.verbs().match(normal);
        boolean title = x.titles().containsBare(normal);
        boolean time = x.timeWords().containsBare(normal);
        boolean source = x.sources().containsBare(normal);
        boolean role = x.roleWords().containsBare(normal);
        boolean institution = x.institutions().containsBare(normal);
        boolean media = x.media().containsBare(normal);
        boolean commonNoun = x.commonNouns().containsBare(normal);
        boolean nationality = x.nationalities().contains(normal);
        boolean common = verb != null || title || role || institution || media || x.stateBodies().containsBare(normal)
                || x.placeHeads().containsBare(normal) || commonNoun || time || source || nationality;
        String bare = Clitics.withoutConjunction(normal).word();
        return new Word(title, verb, x.isFirstName(normal), organizationHead, definiteHead, Clitics.isDefinite(normal), time,
                source, role, institution, commonNoun, nationality, media || institution || role, common,
                bare.equals("ام") || bare.equals("ابو"), AttributionPhrases.isPhraseWord(normal),
                ClaimExtractor.isSayingWord(normal), readings);
    }
}
