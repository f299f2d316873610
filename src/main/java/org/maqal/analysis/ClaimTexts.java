package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.maqal.model.Claim;
import org.maqal.model.Span;

/**
 * Cuts claim drafts to their text: a quotation as it stands (direct); reported speech from its
 * first word to the end of its clause, which ends at the sentence end or where the next claim's
 * clause begins ("…، مشيراً إلى أن …"), and runs on to the close of a quotation it opens. A clause
 * that is nothing but a quotation is direct. A comma before "فيما", "بينما" or "في حين" ends
 * reported speech too. Immutable and thread-safe.
 */
final class ClaimTexts {
    private static final String TRAILING = ".،,؛:";
    private static final Set<String> CONTRASTS = Set.of("فيما", "بينما", "حين");

    /** The claims of the drafts, in reading order. */
    List<Claim> claims(ClaimContext c, List<ClaimDraft> drafts) {
        List<Claim> out = new ArrayList<>();
        for (int n = 0; n < drafts.size(); n++) {
            ClaimDraft d = drafts.get(n);
            Claim claim = d.quotation() != null ? direct(c, d, d.quotation()) : reported(c, d, clauseEnd(c, drafts, n));
            if (claim != null) out.add(claim);
        }
        out.sort(Comparator.comparingInt((Claim x) -> x.span().start()));
        return out;
    }

    private static int clauseEnd(ClaimContext c, List<ClaimDraft> drafts, int n) {
        ClaimDraft d = drafts.get(n);
        int sentence = c.sentenceOf(d.trigger());
        int end = d.end() >= 0 ? d.end() : c.sentenceEnd(c.sentenceOf(d.start()));
        for (int m = 0; m < drafts.size(); m++) {
            ClaimDraft other = drafts.get(m);
            if (m != n && c.sentenceOf(other.trigger()) == sentence && other.clauseStart() > d.start() && other.clauseStart() < end) {
                end = other.clauseStart();
            }
        }
        for (int k = d.start() + 1; d.end() < 0 && k < end - 1; k++) {
            if (c.view.isComma(k) && contrasts(c, k + 1) && c.quotationAround(k) == null) return k;
        }
        return end;
    }

    /** "، فيما …", "، بينما …", "، في حين …": a new clause of the writer's. */
    private static boolean contrasts(ClaimContext c, int k) {
        return CONTRASTS.contains(c.view.normal(k)) || (c.view.is(k, "في") && c.view.is(k + 1, "حين"));
    }

    private Claim reported(ClaimContext c, ClaimDraft d, int end) {
        QuotationFinder.Quotation first = c.quotationOpeningAt(d.start());
        if (first != null && closesClause(c, first, end)) return direct(c, d, first);
        int endOffset = c.tokens.end(Math.max(d.start(), end - 1));
        for (int k = d.start(); k < end; k++) {
            QuotationFinder.Quotation q = c.quotationOpeningAt(k);
            if (q != null && q.close() >= endOffset) endOffset = q.closed() ? q.close() + 1 : q.close();
        }
        int startOffset = c.tokens.start(d.start());
        endOffset = trimEnd(c.text, startOffset, endOffset);
        return endOffset > startOffset ? claim(c, d, startOffset, endOffset, false) : null;
    }

    /** Whether nothing but punctuation stands between the quotation's close and the clause end. */
    private static boolean closesClause(ClaimContext c, QuotationFinder.Quotation q, int end) {
        if (!q.closed()) return true;
        for (int k = c.tokenAt(q.close()) + 1; k < end; k++) {
            if (!c.view.isPunctuation(k)) return false;
        }
        return true;
    }

    private static Claim direct(ClaimContext c, ClaimDraft d, QuotationFinder.Quotation q) {
        int end = q.closed() ? q.contentEnd() : trimEnd(c.text, q.contentStart(), q.contentEnd());
        return claim(c, d, q.contentStart(), end, true);
    }

    private static Claim claim(ClaimContext c, ClaimDraft d, int start, int end, boolean direct) {
        int sentence = c.tokens.sentence(c.tokenAt(start));
        Span span = new Span(start, end, sentence, c.text.substring(start, end));
        return new Claim(d.speaker().name(), d.speaker().role(), d.verb(), span.text(), direct, span);
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || TRAILING.indexOf(text.charAt(end - 1)) >= 0)) end--;
        return end;
    }
}
