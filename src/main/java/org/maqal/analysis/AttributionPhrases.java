package org.maqal.analysis;

import java.util.Set;

/**
 * Reads attribution phrases: "بحسب X", "حسب X", "وفق X", "وفقاً لـ X", "طبقاً لـ X", "نقلاً عن X" and
 * "بحسب ما أفاد به X". What is attributed is the rest of the sentence when the phrase opens it
 * ("وبحسب التقرير، فإن معدلات الأمطار انخفضت"), what comes before it when it closes the sentence
 * after a comma ("تراجع سعر الدولار …، وفقاً لتجار"), a quotation just before it, or else the
 * clause it stands in. Between commas before أن ("وذكرت وكالة رويترز، نقلاً عن مصدر، أن …") the
 * phrase is an aside of the verb, which makes the claim. Immutable and thread-safe.
 */
final class AttributionPhrases {
    private static final Set<String> PHRASES = Set.of("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا");
    private static final Set<String> RESUMPTIVE = Set.of("به", "بها", "بهم", "ه");

    /**
     * An attribution.
     *
     * @param source    who or what it is attributed to
     * @param phrase    the phrase as written ("بحسب", "وفقاً")
     * @param start     first token of what is attributed
     * @param end       token just after it
     * @param quotation the quotation attributed, or null
     */
    record Attribution(Sources.Source source, String phrase, int start, int end, QuotationFinder.Quotation quotation) {
    }

    private final Sources sources;
    private final ComplementScanner scanner;

    AttributionPhrases(Sources sources, ComplementScanner scanner) {
        this.sources = sources;
        this.scanner = scanner;
    }

    /** Whether token i is an attribution phrase ("بحسب", "ووفق", "وفقاً"). */
    boolean isPhrase(TokenView v, int i) {
        return v.isArabic(i) && v.word(i).phrase();
    }

    /** Whether a normalised word is an attribution phrase, with or without an attached و or ف. */
    static boolean isPhraseWord(String normal) {
        return PHRASES.contains(normal) || PHRASES.contains(Clitics.withoutConjunction(normal).word());
    }

    /** The attribution at token i, or null when no source can be read after the phrase. */
    Attribution read(ClaimContext c, int i) {
        TokenView v = c.view;
        String word = PHRASES.contains(v.normal(i)) ? v.normal(i) : Clitics.withoutConjunction(v.normal(i)).word();
        int j = i + 1;
        if (word.equals("نقلا")) {
            if (!v.is(j, "عن")) return null;
            j++;
        }
        if (v.is(j, "ل")) j++;
        if (v.is(j, "ما") && v.isArabic(j + 1) && v.word(j + 1).verb() != null) {
            j += 2;
            while (v.inRange(j) && RESUMPTIVE.contains(v.normal(j))) j++;
        }
        if (!v.sameSentence(i, j)) return null;
        Sources.Source source = sources.at(c, j);
        if (source == null) return null;
        if (v.isComma(i - 1) && v.isComma(source.end()) && ComplementScanner.isComplementizer(v, source.end() + 1)) return null;
        String phrase = written(c, i, word);
        QuotationFinder.Quotation before = scanner.quotationBefore(c, i);
        if (before != null) return new Attribution(source, phrase, i, i, before);
        int sentence = c.sentenceOf(i);
        int first = c.sentenceStart(sentence);
        int last = c.sentenceEnd(sentence);
        if (i == first) {
            int start = source.end();
            while (start < last && (v.isComma(start) || v.is(start, "فان") || v.is(start, "ان"))) start++;
            return start < last ? new Attribution(source, phrase, start, last, null) : null;
        }
        if (v.isComma(i - 1)) return i - 1 > first ? new Attribution(source, phrase, first, i - 1, null) : null;
        int start = i - 1;
        while (start > first && !v.isComma(start - 1)) start--;
        return new Attribution(source, phrase, start, last, null);
    }

    private static String written(ClaimContext c, int i, String word) {
        String text = c.tokens.text(i);
        boolean conjunction = !PHRASES.contains(c.tokens.normal(i));
        return conjunction ? text.substring(Clitics.offsetAfterLetters(text, 1)) : text;
    }
}
