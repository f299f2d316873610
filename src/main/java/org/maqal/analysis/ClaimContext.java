package org.maqal.analysis;

import java.util.List;
import org.maqal.model.Sentence;
import org.maqal.model.SentenceList;
import org.maqal.model.TokenList;
import org.maqal.model.TokenKind;
import org.maqal.text.TextPipeline;

/**
 * What claim finding knows about one text: its tokens, entities, quotations (those of at least
 * three words; shorter ones are names) and which tokens are reporting verbs or attribution
 * phrases. Built for one text by {@link ClaimExtractor}; does not change once built.
 */
final class ClaimContext {
    static final int MIN_QUOTATION_WORDS = 3;
    private static final byte TRIGGER = 1;
    private static final byte PHRASE = 2;

    final String text;
    final TokenList tokens;
    final List<Sentence> sentences;
    final EntityIndex entities;
    final TokenView view;
    final Lexicon lexicon;
    /** By token: the quotation whose opening mark it is; null when the text has no quotations. */
    private final QuotationFinder.Quotation[] openingAt;
    /** By token: the quotation whose closing mark it is; null when the text has no quotations. */
    private final QuotationFinder.Quotation[] closingAt;
    /** By token: the quotation it lies inside; null when the text has no quotations. */
    private final QuotationFinder.Quotation[] inside;
    /** For each token: {@link #TRIGGER} when it is a reporting verb or phrase, with {@link #PHRASE} for a phrase. */
    private final byte[] triggers;
    /** The first token at or after each sentence's start (the number of tokens when no token follows it). */
    private final int[] sentenceStarts;

    ClaimContext(TextPipeline.Text text, EntityIndex entities, List<QuotationFinder.Quotation> quotations, Lexicon lexicon) {
        this.text = text.text();
        this.sentences = text.sentences();
        this.entities = entities;
        this.view = entities.view();
        this.tokens = view.tokens();
        this.lexicon = lexicon;
        this.triggers = new byte[tokens.size()];
        this.inside = quotations.isEmpty() ? null : new QuotationFinder.Quotation[tokens.size()];
        this.openingAt = quotations.isEmpty() ? null : new QuotationFinder.Quotation[tokens.size()];
        this.closingAt = quotations.isEmpty() ? null : new QuotationFinder.Quotation[tokens.size()];
        for (QuotationFinder.Quotation q : quotations) index(q);
        this.sentenceStarts = SentenceList.starts(sentences);
        for (int s = 0; s < sentenceStarts.length; s++) sentenceStarts[s] = tokens.firstStartingFrom(sentenceStarts[s]);
    }

    private void index(QuotationFinder.Quotation q) {
        int words = 0;
        int openToken = -1;
        int closeToken = -1;
        for (int i = tokens.firstStartingFrom(q.open()); i < tokens.size() && tokens.start(i) <= q.close(); i++) {
            int start = tokens.start(i);
            if (start == q.open()) openToken = i;
            if (q.closed() && start == q.close()) closeToken = i;
            if (q.contains(start) && tokens.kind(i) != TokenKind.PUNCTUATION) words++;
        }
        if (words < MIN_QUOTATION_WORDS || openToken < 0) return;
        openingAt[openToken] = q;
        if (closeToken >= 0) closingAt[closeToken] = q;
        for (int i = openToken + 1; i < tokens.size() && tokens.start(i) < q.contentEnd(); i++) inside[i] = q;
    }

    /** Marks token i as a reporting verb or, with {@code isPhrase}, an attribution phrase. */
    void markTrigger(int i, boolean isPhrase) {
        triggers[i] = isPhrase ? TRIGGER | PHRASE : TRIGGER;
    }

    /** Whether token i is an attribution phrase ("بحسب", "نقلاً"). */
    boolean isPhrase(int i) { return i >= 0 && i < triggers.length && (triggers[i] & PHRASE) != 0; }

    boolean isTrigger(int i) { return i >= 0 && i < triggers.length && triggers[i] != 0; }

    /** The quotation whose opening mark is token i, or null. */
    QuotationFinder.Quotation quotationOpeningAt(int i) { return at(openingAt, i); }

    /** The quotation whose closing mark is token i, or null. */
    QuotationFinder.Quotation quotationClosingAt(int i) { return at(closingAt, i); }

    private static QuotationFinder.Quotation at(QuotationFinder.Quotation[] byToken, int i) {
        return byToken != null && i >= 0 && i < byToken.length ? byToken[i] : null;
    }

    /** The quotation token i lies inside, or null. */
    QuotationFinder.Quotation quotationAround(int i) { return at(inside, i); }

    /** The first token of sentence s. */
    int sentenceStart(int s) {
        return sentenceStarts[s];
    }

    /** The token just after the last token of sentence s. */
    int sentenceEnd(int s) {
        return s + 1 < sentences.size() ? sentenceStart(s + 1) : tokens.size();
    }

    int sentenceOf(int i) { return tokens.sentence(i); }

    /** The last token that starts at or before an offset (the first token when none does). */
    int tokenAt(int offset) {
        return Math.max(0, tokens.lastStartingAt(offset));
    }
}
