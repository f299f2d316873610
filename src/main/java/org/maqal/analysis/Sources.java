package org.maqal.analysis;

import java.util.Set;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.TokenKind;

/**
 * Reads who or what is the source at a place in a text: a person by title and name ("وزير
 * الدفاع الأميركي لويد اوستن"), a title alone, resolved to its holder where the article names one
 * ("الأمين العام للحلف"), an organisation or place ("الخارجية العراقية"), or an unnamed source
 * ("البيان", "مصادر محلية", "تقرير لموقع K24 الاخباري", "مسؤول في وزارة النقل"). Immutable and
 * thread-safe.
 */
final class Sources {
    private static final int MAX_SOURCE_PHRASE = 9;
    private static final Set<String> QUALIFIERS = Set.of("جديد", "جديده", "اخير", "اخيره", "حديث", "حديثه", "رسمي",
            "رسميه", "صادر", "صادره");
    private static final Set<String> LINKS = Set.of("عن", "في", "من", "لدي");

    /**
     * A source.
     *
     * @param name   the entity's fullest name, or the words as written
     * @param role   the person's title, or the title as written when no holder is known, or empty
     * @param entity the entity, or null for an unnamed source
     * @param start  its first token
     * @param end    the token just after it
     */
    record Source(String name, String role, Entity entity, int start, int end) {
    }

    private final Titles titles;
    private final Lexicon lexicon;

    Sources(Lexicon lexicon, Titles titles) {
        this.lexicon = lexicon;
        this.titles = titles;
    }

    /** The source that starts at token i, or null. */
    Source at(ClaimContext c, int i) {
        TokenView v = c.view;
        if (!v.inRange(i)) return null;
        int titleEnd = titles.titleEnd(v, i);
        if (titleEnd > 0) return titled(c, i, titleEnd);
        EntityIndex.Mention m = c.entities.startingAt(i);
        if (m != null) return of(m.entity(), i, m.end());
        EntityIndex.Mention named = personAfterUnknownTitle(c, i);
        if (named != null) return of(named.entity(), i, named.end());
        if (v.is(i, "نفس") && isSourceNoun(v, i + 1)) return unnamed(c, i + 1);
        if (isSourceNoun(v, i)) return unnamed(c, i);
        return null;
    }

    /** A person named after up to three words with the article that no list knows ("المتنبئ الجوي صادق عطية"). */
    private static EntityIndex.Mention personAfterUnknownTitle(ClaimContext c, int i) {
        TokenView v = c.view;
        for (int k = i; k < i + 3 && v.sameSentence(i, k) && v.isDefinite(k) && !v.isKnown(k) && !v.isFunction(k); k++) {
            EntityIndex.Mention p = c.entities.personAt(k + 1);
            if (p != null && p.start() == k + 1) return p;
        }
        return null;
    }

    static Source of(Entity e, int start, int end) {
        return new Source(e.name(), e.type() == EntityType.PERSON ? e.role() : "", e, start, end);
    }

    private Source titled(ClaimContext c, int i, int titleEnd) {
        TokenView v = c.view;
        int k = titleEnd;
        if (v.isComma(k)) k++;
        int second = titles.titleEnd(v, k);
        if (second > 0) k = second;
        EntityIndex.Mention person = c.entities.personAt(k);
        if (person == null) person = c.entities.personAt(titleEnd);
        if (person != null && person.start() >= titleEnd - 1 && person.start() <= k) return of(person.entity(), i, person.end());
        EntityIndex.Mention alone = c.entities.personAt(i);
        if (alone != null && alone.start() <= i && alone.end() >= titleEnd - 1) return of(alone.entity(), i, Math.max(titleEnd, alone.end()));
        String role = written(c, i, titleEnd);
        return new Source(role, role, null, i, titleEnd);
    }

    private boolean isSourceNoun(TokenView v, int i) {
        return v.isArabic(i) && !v.isFunction(i) && v.word(i).source();
    }

    /** An unnamed source and what qualifies it: "مصادر محلية", "تقرير لموقع K24 الاخباري". */
    private Source unnamed(ClaimContext c, int i) {
        TokenView v = c.view;
        int j = i + 1;
        if (!v.isDefinite(i) && isGenitive(c, j)) j++;
        while (v.inRange(j) && v.sameSentence(i, j) && j - i < MAX_SOURCE_PHRASE) {
            EntityIndex.Mention m = c.entities.startingAt(j);
            if (m != null && m.type() != EntityType.PERSON) {
                j = m.end();
                continue;
            }
            if (!v.isArabic(j) && !(v.inRange(j) && v.kind(j) == TokenKind.LATIN && v.isKnown(j))) break;
            String w = v.normal(j);
            if (qualifies(v, j, w)) {
                j++;
                continue;
            }
            if (LINKS.contains(w) && v.sameSentence(j, j + 1) && (c.entities.startingAt(j + 1) != null || v.word(j + 1).head())) {
                j++;
                continue;
            }
            break;
        }
        return new Source(written(c, i, j), "", null, i, j);
    }

    /** A noun with the article right after an indefinite source: "زوار المعرض", "مصادر الوزارة". */
    private boolean isGenitive(ClaimContext c, int j) {
        TokenView v = c.view;
        if (!v.isArabic(j) || !v.sameSentence(j - 1, j) || v.isFunction(j) || c.entities.startingAt(j) != null) return false;
        return Clitics.hasArticle(v.normal(j)) && !v.word(j).time() && v.word(j).verb() == null;
    }

    private boolean qualifies(TokenView v, int j, String w) {
        LexiconWords.Word word = v.word(j);
        if (v.isFunction(j) || word.time() || word.verb() != null) return false;
        String bare = Clitics.withoutArticle(w);
        if (QUALIFIERS.contains(bare) || word.nationality()) return true;
        if (word.head()) return true;
        return bare.length() > 3 && (bare.endsWith("ي") || bare.endsWith("يه") || bare.endsWith("يون") || bare.endsWith("يين"));
    }

    /** The text of tokens [start, end) as written, without an attached و ف ب ل on the first word and without quotation marks. */
    static String written(ClaimContext c, int start, int end) {
        String first = c.tokens.text(start);
        int letters = prefixLetters(c.lexicon, c.tokens.normal(start));
        int from = c.tokens.start(start) + (letters > 0 ? Clitics.offsetAfterLetters(first, letters) : 0);
        String s = c.text.substring(from, c.tokens.end(end - 1));
        return Words.plain(s);
    }

    /** Letters of و ف ب ل attached to a word whose bare form is a source, title or institution ("لتجار", "والوزير"). */
    private static int prefixLetters(Lexicon lexicon, String normal) {
        if (isListed(lexicon, normal)) return 0;
        for (Clitics.Reading r : Clitics.readings(normal)) {
            if (r.letters() > 0 && !r.articleRestored() && isListed(lexicon, r.word())) return r.letters();
        }
        return 0;
    }

    private static boolean isListed(Lexicon lexicon, String word) {
        String bare = Clitics.withoutArticle(word);
        return lexicon.sources().contains(word) || lexicon.sources().contains(bare) || lexicon.titles().contains(bare)
                || lexicon.institutions().contains(bare);
    }
}
