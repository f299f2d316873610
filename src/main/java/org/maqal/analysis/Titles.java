package org.maqal.analysis;

/**
 * Finds titles: the words before a person's name that say what they are ("وزير الخارجية العراقي",
 * "الأمين العام لحلف شمال الأطلسي", "قائد بعثة الناتو في العراق", "المتحدث باسم الوزارة"). A title
 * starts with a title word and runs on over the article-bearing words, known organisations and
 * places, short quoted names and role words that complete it. Immutable and thread-safe.
 */
final class Titles {
    private static final int MAX_LENGTH = 14;
    private static final int MAX_QUOTED_NAME = 4;

    private final Lexicon lexicon;

    Titles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether token i is a title word ("الرئيس", "ووزيرة", "للأمين"). */
    boolean isTitle(TokenView v, int i) {
        return v.isArabic(i) && !v.isFunction(i) && !v.isKnown(i) && v.word(i).title();
    }

    /** Whether token i is a title that belongs to the usual name ("البابا"). */
    boolean isNameTitle(TokenView v, int i) {
        return v.isArabic(i) && lexicon.nameTitles().containsBare(v.normal(i));
    }

    /** If a title starts at token i, the token just after it; else -1. */
    int titleEnd(TokenView v, int i) {
        if (!isTitle(v, i)) return -1;
        int j = i + 1;
        while (v.inRange(j) && v.sameSentence(i, j) && j - i < MAX_LENGTH) {
            int known = v.knownEndAt(j);
            if (known > 0) {
                j = known;
                continue;
            }
            int quoted = v.shortQuoteEnd(j, MAX_QUOTED_NAME);
            if (quoted > 0 && quotesName(v, j + 1, quoted - 1)) {
                j = quoted;
                continue;
            }
            if (continues(v, j)) {
                j++;
                continue;
            }
            if ((v.is(j, "في") || v.is(j, "لدي")) && (v.knownEndAt(j + 1) > 0 || continues(v, j + 1) || isIdafa(v, j + 1))) {
                j++;
                continue;
            }
            if (isIdafa(v, j) && (v.is(j - 1, "في") || v.is(j - 1, "لدي"))) {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    private boolean quotesName(TokenView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!v.isKnown(k) && !v.isDefinite(k)) return false;
        }
        return true;
    }

    /** An indefinite noun governing a word with the article: "أمن المعلومات" in "الخبير في أمن المعلومات". */
    private boolean isIdafa(TokenView v, int j) {
        if (!v.isArabic(j) || v.isFunction(j) || v.isDefinite(j) || v.word(j).firstName()) return false;
        LexiconWords.Word word = v.word(j);
        if (word.verb() != null || word.time() || word.commonNoun()) return false;
        if (!v.sameSentence(j, j + 1) || !v.isArabic(j + 1)) return false;
        String next = v.normal(j + 1);
        return Clitics.hasArticle(next) || (v.knownEndAt(j + 1) > 0 && next.charAt(0) != 'ل' && next.charAt(0) != 'ب');
    }

    /** Whether token j can continue a title. */
    private boolean continues(TokenView v, int j) {
        if (!v.isArabic(j) || v.isFunction(j)) return false;
        LexiconWords.Word word = v.word(j);
        if (isTitle(v, j) || word.role() || word.institution()) return true;
        if (word.verb() != null || word.time()) return false;
        if (word.nationality()) return true;
        if (v.isDefinite(j)) return true;
        return Clitics.endsWithTehMarbuta(v.text(j)) && !word.firstName()
                && (v.isDefinite(j + 1) || v.knownEndAt(j + 1) > 0) && v.sameSentence(j, j + 1);
    }
}
