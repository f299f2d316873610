package org.maqal.analysis;

import java.util.Set;
import org.maqal.model.TokenKind;

/**
 * Reads what follows a reporting verb: its subject ({@link Sources}), then, past commas, asides,
 * time words and phrases of place or manner, what is reported: a clause after أن/إن, a
 * quotation (after a colon or directly), or a noun phrase where the verb allows one ("نفى
 * الاتهامات", "شدد على ضرورة", "حذّر من الانسحاب"; the caller accepts a noun phrase only with a
 * subject it can see). A verb whose subject is followed by nothing
 * reported may close a quotation just before it ("«…»، قالت منسقة المعرض"). Immutable and
 * thread-safe.
 */
final class ComplementScanner {
    static final Set<String> COMPLEMENTIZERS = Set.of("ان", "انه", "انها", "انهم", "انهما", "انهن", "انني", "اننا",
            "بان", "بانه", "بانها", "بانهم", "بانهما", "فان", "فانه", "فانها", "فانهم");
    private static final Set<String> SUBORDINATORS = Set.of("بعد", "قبل", "منذ", "دون", "حتي", "رغم", "بدون", "عقب",
            "كي", "الا", "لاجل", "بمجرد", "يمكن", "يجب", "ينبغي", "المقرر", "اجل");
    private static final Set<String> PHRASE_STARTS = Set.of("في", "خلال", "عند", "امام", "لدي", "مع", "عبر", "اثناء",
            "علي", "بعد", "قبل", "عقب", "حول", "من", "الي", "عن", "ضمن", "وسط", "اليوم", "امس");
    private static final int MAX_STEPS = 40;
    private static final int MAX_ASIDE = 16;
    private static final int MAX_ASIDES = 3;
    private static final int MAX_PHRASE = 20;

    /** What is reported: a clause, a quotation or a noun phrase. */
    enum Kind { CLAUSE, QUOTE, NOUN }

    /**
     * What a reporting verb introduces.
     *
     * @param kind      clause, quotation or noun phrase
     * @param start     first token of what is reported (for a quotation, its first quoted token)
     * @param quotation the quotation, for {@link Kind#QUOTE}
     * @param subject   the subject found after the verb, or null
     */
    record Complement(Kind kind, int start, QuotationFinder.Quotation quotation, Sources.Source subject) {
    }

    private final Sources sources;

    ComplementScanner(Sources sources) {
        this.sources = sources;
    }

    /** What the verb at token {@code verb} introduces, or null when it introduces nothing reported. */
    Complement scan(ClaimContext c, int verb, ReportingVerbs.Use use) {
        TokenView v = c.view;
        int pos = verb + 1;
        Sources.Source subject = null;
        if (use.kind() == ReportingVerbs.Kind.FINITE) {
            subject = sources.at(c, pos);
            if (subject != null) pos = subject.end();
        }
        boolean addressed = false;
        int asides = 0;
        for (int steps = 0; steps < MAX_STEPS && v.sameSentence(verb, pos); steps++) {
            QuotationFinder.Quotation q = c.quotationOpeningAt(pos);
            if (q != null) return quote(c, pos, q, subject);
            if (isComplementizer(v, pos)) return clause(v, pos, pos + 1, subject);
            if (v.isMark(pos, ':')) {
                QuotationFinder.Quotation after = c.quotationOpeningAt(pos + 1);
                if (after != null) return quote(c, pos + 1, after, subject);
                return clause(v, pos, pos + 1, subject);
            }
            if (v.isComma(pos)) {
                int next = asides < MAX_ASIDES && !(use.verb().nounObject() && asides > 0) ? nextDelimiter(c, pos + 1) : -1;
                if (next > 0) asides++;
                pos = next > 0 ? next : pos + 1;
                continue;
            }
            if (c.isTrigger(pos)) return null;
            String w = v.normal(pos);
            if (governsAttached(use, w)) return new Complement(Kind.NOUN, pos, null, subject);
            if (use.verb().governs().contains(w)) {
                if (isComplementizer(v, pos + 1)) return clause(v, pos, pos + 2, subject);
                if (use.verb().nounAfter().contains(w)) {
                    QuotationFinder.Quotation after = c.quotationOpeningAt(pos + 1);
                    if (after != null) return quote(c, pos + 1, after, subject);
                    if (isContent(v, pos + 1)) return new Complement(Kind.NOUN, pos + 1, null, subject);
                }
                pos++;
                continue;
            }
            if (v.word(pos).time() || v.kind(pos) == TokenKind.NUMBER) {
                pos++;
                continue;
            }
            if (startsPhrase(v, pos)) {
                pos = phraseEnd(c, pos, use);
                continue;
            }
            if (use.verb().addressee() && !addressed && c.entities.startingAt(pos) != null) {
                pos = c.entities.startingAt(pos).end();
                addressed = true;
                continue;
            }
            if (use.verb().nounObject() && isContent(v, pos)) return new Complement(Kind.NOUN, pos, null, subject);
            return null;
        }
        return null;
    }

    /** Reported speech from token start, if the sentence of token at goes on that far. */
    private static Complement clause(TokenView v, int at, int start, Sources.Source subject) {
        return v.sameSentence(at, start) ? new Complement(Kind.CLAUSE, start, null, subject) : null;
    }

    /** A quotation that closes just before the verb: "«…»، قالت", "“…”، يقول". */
    QuotationFinder.Quotation quotationBefore(ClaimContext c, int verb) {
        TokenView v = c.view;
        for (int k = verb - 1; k >= verb - 3 && v.sameSentence(k, verb); k--) {
            QuotationFinder.Quotation q = c.quotationClosingAt(k);
            if (q != null) return q;
            if (!v.isPunctuation(k) || v.isQuoteMark(k)) return null;
        }
        return null;
    }

    private static Complement quote(ClaimContext c, int mark, QuotationFinder.Quotation q, Sources.Source subject) {
        int first = mark + 1;
        while (first < c.tokens.size() && c.tokens.start(first) < q.contentStart()) first++;
        return new Complement(Kind.QUOTE, first, q, subject);
    }

    /** "أفادت مصادر بمقتل …": a preposition the verb governs, attached to the noun phrase reported. */
    private static boolean governsAttached(ReportingVerbs.Use use, String w) {
        return w.length() > 3 && w.startsWith("ب") && use.verb().nounAfter().contains("ب") && !COMPLEMENTIZERS.contains(w);
    }

    static boolean isComplementizer(TokenView v, int i) {
        if (!v.isArabic(i) || !COMPLEMENTIZERS.contains(v.normal(i))) return false;
        return !(v.sameSentence(i - 1, i) && SUBORDINATORS.contains(Clitics.withoutConjunction(v.normal(i - 1)).word()));
    }

    private static boolean isContent(TokenView v, int i) {
        return v.isArabic(i) && !v.isFunction(i);
    }

    /** The next comma, colon, complementizer or quotation within an aside, or -1 (also at a reporting verb). */
    private static int nextDelimiter(ClaimContext c, int from) {
        TokenView v = c.view;
        for (int k = from; k < from + MAX_ASIDE && v.sameSentence(from - 1, k); k++) {
            if (c.isTrigger(k) && !c.isPhrase(k)) return -1;
            if (v.isComma(k) || v.isMark(k, ':') || isComplementizer(v, k) || c.quotationOpeningAt(k) != null) return k;
        }
        return -1;
    }

    private static boolean startsPhrase(TokenView v, int i) {
        if (!v.isArabic(i)) return v.isMark(i, '(') || v.isQuoteMark(i);
        String w = v.normal(i);
        if (PHRASE_STARTS.contains(w)) return true;
        if (w.isEmpty()) return false;
        char first = w.charAt(0);
        return (first == 'ل' || first == 'ب') && (w.length() > 2 || w.length() == 1);
    }

    private static int phraseEnd(ClaimContext c, int start, ReportingVerbs.Use use) {
        TokenView v = c.view;
        int k = start + 1;
        while (k < start + MAX_PHRASE && v.sameSentence(start, k)) {
            if (v.isComma(k) || v.isMark(k, ':') || isComplementizer(v, k) || c.quotationOpeningAt(k) != null || c.isTrigger(k)
                    || use.verb().governs().contains(v.normal(k))) {
                break;
            }
            k++;
        }
        return k;
    }
}
