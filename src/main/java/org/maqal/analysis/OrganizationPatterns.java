package org.maqal.analysis;

import java.util.ArrayList;
import java.util.List;
import org.maqal.model.EntityType;
import org.maqal.model.TokenKind;
import org.maqal.text.WordMemo;

/**
 * Finds organisations and places that no gazetteer lists, from their head nouns: an institution
 * and what completes it ("وزارة الصحة العراقية", "نقابة المعلمين العراقيين", "مجلس محافظة نينوى"),
 * a state body and a nationality ("الحكومة الفنلندية", "البرلمان الألماني"), a medium and its
 * quoted or Latin name (فضائية "آسيا"), a place head and a name ("مدينة الصدر"). A completion
 * must end in a word with the article, a nationality or a known name, so "لجنة مشتركة" is no
 * organisation. Immutable and thread-safe.
 */
final class OrganizationPatterns {
    private static final int MAX_COMPLETION = 5;

    /**
     * A run of tokens naming an organisation or a place.
     *
     * @param start         first token
     * @param end           token just after the last
     * @param type          organisation or place
     * @param prefixLetters letters of the first token that are an attached prefix
     * @param articleRestored whether the name's article was written as لل ("للجيش العراقي")
     */
    record Found(int start, int end, EntityType type, int prefixLetters, boolean articleRestored) {
    }

    private final Lexicon lexicon;

    OrganizationPatterns(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The organisations and places the patterns find, in reading order, none overlapping. */
    List<Found> find(TokenView v) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            Found f = at(v, i);
            if (f == null) {
                i++;
                continue;
            }
            out.add(f);
            i = f.end();
        }
        return out;
    }

    private Found at(TokenView v, int i) {
        if (!v.isArabic(i) || v.isFunction(i) || !v.word(i).organizationHead()) return null;
        for (Clitics.Reading head : v.word(i).readings()) {
            Found f = withHead(v, i, head);
            if (f != null) return f;
        }
        return null;
    }

    /**
     * What the lexicon says of a reading's word without its article, worked out once per word.
     *
     * @param definite  the word has the article
     * @param media     a medium's head noun (صحيفة، قناة)
     * @param stateBody a state body (وزارة)
     * @param completed an institution, or a medium other than موقع: a head that a name completes
     * @param placeHead a place's head noun (محافظة)
     */
    private record Head(boolean definite, boolean media, boolean stateBody, boolean completed, boolean placeHead) {
    }

    private final WordMemo<Head> heads = WordMemo.of(this::head);

    private Head head(String word) {
        String bare = Clitics.withoutArticle(word);
        boolean media = lexicon.media().contains(bare);
        return new Head(Clitics.hasArticle(word), media, lexicon.stateBodies().contains(bare),
                lexicon.institutions().contains(bare) || (media && !bare.equals("موقع")), lexicon.placeHeads().contains(bare));
    }

    private Found withHead(TokenView v, int i, Clitics.Reading reading) {
        Head head = heads.get(reading.word());
        boolean definite = head.definite();
        if (head.media() && !definite) {
            int end = mediaNameEnd(v, i + 1);
            if (end > 0) return new Found(i, end, EntityType.ORGANIZATION, reading.letters(), reading.articleRestored());
        }
        if (definite && head.stateBody() && agrees(v, i, i + 1)) {
            int end = i + 2;
            if (isLamIdafa(v, end)) end += 2;
            return new Found(i, end, EntityType.ORGANIZATION, reading.letters(), reading.articleRestored());
        }
        if (head.completed()) {
            int end = completionEnd(v, i + 1, definite);
            if (end > 0) return new Found(i, end, EntityType.ORGANIZATION, reading.letters(), reading.articleRestored());
        }
        if (!definite && head.placeHead() && v.knownEndAt(i + 1) < 0 && isPlaceName(v, i + 1)) {
            return new Found(i, i + 2, EntityType.PLACE, reading.letters(), reading.articleRestored());
        }
        return null;
    }

    /** A quoted name of one to three words, or a Latin word, right after a medium's head noun. */
    private static int mediaNameEnd(TokenView v, int j) {
        if (!v.sameSentence(j - 1, j)) return -1;
        int quoted = v.shortQuoteEnd(j, 3);
        if (quoted > 0 && !v.isMark(j, '(')) return quoted;
        if (v.inRange(j) && v.kind(j) == TokenKind.LATIN && !v.isKnown(j)) return j + 1;
        return -1;
    }

    /** Whether token j is a nationality agreeing with the state body at token i. */
    private boolean agrees(TokenView v, int i, int j) {
        if (!v.sameSentence(i, j) || !v.isDefinite(j)) return false;
        Nationalities.Form form = lexicon.nationalities().formOf(v.normal(j));
        if (form == null) return false;
        boolean feminine = Clitics.endsWithTehMarbuta(v.text(i));
        return feminine ? form == Nationalities.Form.FEMININE : form == Nationalities.Form.MASCULINE;
    }

    /** "لكرة القدم", "لحقوق الإنسان": a word with ل attached and a word with the article. */
    private static boolean isLamIdafa(TokenView v, int j) {
        return v.isArabic(j) && v.normal(j).startsWith("ل") && !v.isDefinite(j) && !v.isFunction(j)
                && v.sameSentence(j, j + 1) && v.isDefinite(j + 1) && !v.isFunction(j + 1);
    }

    /**
     * The end of what completes an institution's head noun, or -1. A definite head ("البنك")
     * needs a nationality or a known name in its completion; an indefinite one ("وزارة") needs a
     * word with the article or a known name.
     */
    private int completionEnd(TokenView v, int j, boolean definiteHead) {
        int lastGood = -1;
        boolean strong = false;
        int k = j;
        while (v.inRange(k) && v.sameSentence(j - 1, k) && k - j < MAX_COMPLETION) {
            int known = v.knownEndAt(k);
            if (known > 0) {
                k = known;
                lastGood = k;
                strong = true;
                continue;
            }
            if (!v.isArabic(k) || v.isFunction(k)) break;
            LexiconWords.Word word = v.word(k);
            if (word.time() || word.verb() != null || word.title()) break;
            if (v.isDefinite(k)) {
                if (word.nationality()) strong = true;
                k++;
                lastGood = k;
                continue;
            }
            if (isLamIdafa(v, k) && lastGood == k) {
                k += 2;
                lastGood = k;
                continue;
            }
            if (Clitics.endsWithTehMarbuta(v.text(k)) && (v.isDefinite(k + 1) || v.knownEndAt(k + 1) > 0)) {
                k++;
                continue;
            }
            break;
        }
        if (lastGood < 0 || (definiteHead && !strong)) return -1;
        return lastGood;
    }

    private boolean isPlaceName(TokenView v, int j) {
        if (!v.isArabic(j) || v.isFunction(j) || !v.sameSentence(j - 1, j)) return false;
        LexiconWords.Word word = v.word(j);
        if (word.time() || word.commonNoun() || word.verb() != null || word.nationality()
                || Clitics.endsWithTehMarbuta(v.text(j))) {
            return false;
        }
        return Clitics.hasArticle(v.normal(j)) || !word.definite();
    }
}
