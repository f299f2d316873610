package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.Span;
import org.maqal.text.TextPipeline;

/**
 * Finds the statements an article attributes to a source: after a reporting verb in any tense,
 * person or as an adverbial participle ("قال", "وأكدت", "يرى", "مشيراً", "محذّرين"), after "بقوله" and
 * "عن X قوله", and with attribution phrases ("بحسب", "وفقاً لـ"); as a quotation ("…", «…», “…”)
 * before or after the verb, or as reported speech (verb + أن/إن + clause). The speaker is the
 * subject after the verb, a subject before it, a title resolved to its holder, an institution or
 * statement, or for a pronoun or implicit subject the speaker of a recent claim or the last person
 * mentioned. Claims come in reading order. Immutable and thread-safe; build one and share it.
 */
public final class ClaimExtractor {
    private static final Set<String> LEAD_VERBS = Set.of("مضي", "ختم", "ادلي", "علق", "رد", "استهل", "اردف", "استطرد",
            "اكتفي", "اجاب", "عقب");
    private static final Set<String> SAYING = Set.of("بقوله", "بقولها", "بقولهم", "بالقول");
    private static final Set<String> QUOTING = Set.of("قوله", "قولها", "قولهم");
    private static final Set<String> CLAUSE_JOINERS = Set.of("،", ",", "و", "ف", "كما", "لكن", "ولكن", "بينما", "فيما",
            "ثم", "قد", "وقد", "لقد");
    private static final int LEAD_REACH = 25;

    private final Lexicon lexicon;
    private final QuotationFinder quotations = new QuotationFinder();
    private final Sources sources;
    private final ComplementScanner scanner;
    private final SpeakerResolver resolver;
    private final AttributionPhrases phrases;
    private final ReportingVerbs.Use saying;

    /** An extractor with the given word lists. */
    public ClaimExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        Titles titles = new Titles(lexicon);
        this.sources = new Sources(lexicon, titles);
        this.scanner = new ComplementScanner(sources);
        this.resolver = new SpeakerResolver(lexicon, titles, sources);
        this.phrases = new AttributionPhrases(sources, scanner);
        this.saying = lexicon.verbs().match("قائلا");
        if (saying == null) throw new IllegalStateException("reporting-verbs.txt lacks the participle قائلا");
    }

    /** The extractor with Maqal's own word lists. */
    public static ClaimExtractor standard() {
        return new ClaimExtractor(Lexicon.standard());
    }

    /** A claim being built: where it stands and who makes it. Local to one call. */
    private record Draft(int trigger, int clauseStart, String verb, Sources.Source speaker, int start, int end,
                         QuotationFinder.Quotation quotation) {
    }

    /**
     * The claims of a text, in reading order.
     *
     * @param text     the text with its sentences and tokens
     * @param entities the entities found in it ({@link EntityRecognizer#recognize})
     */
    public List<Claim> extract(TextPipeline.Text text, List<Entity> entities) {
        ClaimContext c = new ClaimContext(text, entities, quotations.find(text.text()), lexicon);
        List<Integer> triggers = markTriggers(c);
        List<Draft> drafts = new ArrayList<>();
        List<Sources.Source> recent = new ArrayList<>();
        List<Integer> recentSentences = new ArrayList<>();
        Set<QuotationFinder.Quotation> quoted = new HashSet<>();
        for (int i : triggers) {
            Draft d = draft(c, i, drafts, recent, recentSentences, quoted);
            if (d == null) continue;
            drafts.add(d);
            recent.add(d.speaker());
            recentSentences.add(c.sentenceOf(i));
            if (d.quotation() != null) quoted.add(d.quotation());
        }
        return claims(c, drafts);
    }

    private List<Integer> markTriggers(ClaimContext c) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < c.tokens.size(); i++) {
            if (!c.view.isArabic(i) || c.quotationAround(i) != null) continue;
            String w = c.view.normal(i);
            if (lexicon.verbs().contains(w) || SAYING.contains(w) || QUOTING.contains(w) || phrases.isPhrase(c.view, i)) {
                c.markTrigger(i);
                out.add(i);
            }
        }
        return out;
    }

    private Draft draft(ClaimContext c, int i, List<Draft> drafts, List<Sources.Source> recent, List<Integer> recentSentences,
                        Set<QuotationFinder.Quotation> quoted) {
        String w = c.view.normal(i);
        if (phrases.isPhrase(c.view, i)) {
            AttributionPhrases.Attribution a = phrases.read(c, i);
            if (a == null || (a.quotation() != null && quoted.contains(a.quotation()))) return null;
            return new Draft(i, a.quotation() != null ? i : a.start(), a.phrase(), a.source(), a.start(), a.end(), a.quotation());
        }
        if (QUOTING.contains(w)) return quoting(c, i, quoted);
        ReportingVerbs.Use use = SAYING.contains(w) ? saying : lexicon.verbs().match(w);
        ComplementScanner.Complement comp = scanner.scan(c, i, use);
        if (comp == null && use.kind() == ReportingVerbs.Kind.FINITE && !SAYING.contains(w)) {
            QuotationFinder.Quotation q = scanner.quotationBefore(c, i);
            Sources.Source after = sources.at(c, i + 1);
            boolean unread = after == null && c.view.isArabic(i + 1) && !c.view.isFunction(i + 1) && c.view.sameSentence(i, i + 1);
            if (q != null && !quoted.contains(q) && !unread) comp = new ComplementScanner.Complement(ComplementScanner.Kind.QUOTE, -1, q, after);
        }
        if (comp == null || (comp.quotation() != null && quoted.contains(comp.quotation()))) return null;
        Sources.Source speaker = comp.subject();
        String verb = written(c, i, use.prefixLetters());
        boolean before = false;
        boolean noun = comp.kind() == ComplementScanner.Kind.NOUN && use.kind() == ReportingVerbs.Kind.FINITE;
        if (speaker == null && SAYING.contains(w)) {
            int lead = leadVerb(c, i);
            if (lead >= 0) {
                verb = written(c, lead, Clitics.withoutConjunction(c.view.normal(lead)).letters()) + " " + c.tokens.get(i).text();
                Sources.Source s = sources.at(c, lead + 1);
                if (s != null && s.end() <= i) speaker = s;
            }
        }
        if (speaker == null) {
            if (use.impersonal() && opensSentence(c, i)) return null;
            Draft same = lastInSentence(c, drafts, i);
            if (noun) {
                speaker = resolver.beforeVerb(c, i, same != null ? same.trigger() + 1 : c.sentenceStart(c.sentenceOf(i)));
                if (speaker == null) return null;
                before = true;
            } else if (same != null) {
                speaker = same.speaker();
            } else if (use.kind() == ReportingVerbs.Kind.PARTICIPLE && !SAYING.contains(w)) {
                speaker = resolver.sentenceSubject(c, c.sentenceOf(i));
            } else {
                speaker = resolver.beforeVerb(c, i, c.sentenceStart(c.sentenceOf(i)));
                before = speaker != null;
            }
            if (speaker == null) speaker = resolver.implicit(c, i, use.agreement(), recent, recentSentences);
        }
        if (speaker == null) return null;
        int clauseStart = comp.start() < 0 ? tokenAt(c, comp.quotation().open()) : i;
        if (before && speaker.start() < i && i - speaker.end() <= 3) clauseStart = speaker.start();
        while (clauseStart > c.sentenceStart(c.sentenceOf(i)) && CLAUSE_JOINERS.contains(c.view.normal(clauseStart - 1))) clauseStart--;
        if (comp.kind() == ComplementScanner.Kind.QUOTE) {
            return new Draft(i, clauseStart, verb, speaker, -1, -1, comp.quotation());
        }
        return new Draft(i, clauseStart, verb, speaker, comp.start(), -1, null);
    }

    /** "ونقلت صحيفة الصباح عن مسؤول في وزارة النقل قوله إن …": the source is what follows عن. */
    private Draft quoting(ClaimContext c, int i, Set<QuotationFinder.Quotation> quoted) {
        for (int k = i - 1; k >= Math.max(0, i - LEAD_REACH) && c.view.sameSentence(k, i); k--) {
            if (!c.view.is(k, "عن")) continue;
            Sources.Source s = sources.at(c, k + 1);
            if (s == null || s.end() != i) return null;
            ComplementScanner.Complement comp = scanner.scan(c, i, saying);
            if (comp == null || (comp.quotation() != null && quoted.contains(comp.quotation()))) return null;
            String verb = c.tokens.get(i).text();
            if (comp.kind() == ComplementScanner.Kind.QUOTE) return new Draft(i, i, verb, s, -1, -1, comp.quotation());
            return new Draft(i, i, verb, s, comp.start(), -1, null);
        }
        return null;
    }

    private int leadVerb(ClaimContext c, int i) {
        for (int k = i - 1; k >= Math.max(0, i - LEAD_REACH) && c.view.sameSentence(k, i); k--) {
            if (c.view.isArabic(k) && LEAD_VERBS.contains(Clitics.withoutConjunction(c.view.normal(k)).word())) return k;
            if (c.isTrigger(k)) return -1;
        }
        return -1;
    }

    private static Draft lastInSentence(ClaimContext c, List<Draft> drafts, int i) {
        if (drafts.isEmpty()) return null;
        Draft last = drafts.get(drafts.size() - 1);
        return c.sentenceOf(last.trigger()) == c.sentenceOf(i) ? last : null;
    }

    private static boolean opensSentence(ClaimContext c, int i) {
        int first = c.sentenceStart(c.sentenceOf(i));
        return i == first || (i == first + 1 && c.view.is(first, "و"));
    }

    /** The claims from the drafts: quotations as they stand, reported clauses up to the next claim's clause or the sentence end. */
    private List<Claim> claims(ClaimContext c, List<Draft> drafts) {
        List<Claim> out = new ArrayList<>();
        for (int n = 0; n < drafts.size(); n++) {
            Draft d = drafts.get(n);
            Claim claim = d.quotation() != null ? direct(c, d, d.quotation()) : reported(c, d, drafts, n);
            if (claim != null) out.add(claim);
        }
        out.sort(Comparator.comparingInt((Claim x) -> x.span().start()));
        return out;
    }

    private Claim reported(ClaimContext c, Draft d, List<Draft> drafts, int n) {
        int sentence = c.sentenceOf(d.trigger());
        int end = d.end() >= 0 ? d.end() : c.sentenceEnd(c.sentenceOf(d.start()));
        for (int m = 0; m < drafts.size(); m++) {
            Draft other = drafts.get(m);
            if (m != n && c.sentenceOf(other.trigger()) == sentence && other.clauseStart() > d.start() && other.clauseStart() < end) {
                end = other.clauseStart();
            }
        }
        QuotationFinder.Quotation first = c.quotationOpeningAt(d.start());
        if (first != null && closesClause(c, first, end)) return direct(c, d, first);
        int endOffset = c.tokens.get(Math.max(d.start(), end - 1)).end();
        for (int k = d.start(); k < end; k++) {
            QuotationFinder.Quotation q = c.quotationOpeningAt(k);
            if (q != null && q.close() >= endOffset) endOffset = q.closed() ? q.close() + 1 : q.close();
        }
        int startOffset = c.tokens.get(d.start()).start();
        endOffset = trimEnd(c.text, startOffset, endOffset);
        if (endOffset <= startOffset) return null;
        return claim(c, d, startOffset, endOffset, false);
    }

    /** Whether nothing but punctuation stands between the quotation's close and the clause end. */
    private static boolean closesClause(ClaimContext c, QuotationFinder.Quotation q, int end) {
        if (!q.closed()) return true;
        for (int k = 0; k < end; k++) {
            if (c.tokens.get(k).start() > q.close() && !c.view.isPunctuation(k)) return false;
        }
        return true;
    }

    private Claim direct(ClaimContext c, Draft d, QuotationFinder.Quotation q) {
        int end = q.closed() ? q.contentEnd() : trimEnd(c.text, q.contentStart(), q.contentEnd());
        return claim(c, d, q.contentStart(), end, true);
    }

    private static Claim claim(ClaimContext c, Draft d, int start, int end, boolean direct) {
        int sentence = c.tokens.get(tokenAt(c, start)).sentence();
        Span span = new Span(start, end, sentence, c.text.substring(start, end));
        return new Claim(d.speaker().name(), d.speaker().role(), d.verb(), span.text(), direct, span);
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".،,؛:".indexOf(text.charAt(end - 1)) >= 0)) end--;
        return end;
    }

    private static int tokenAt(ClaimContext c, int offset) {
        int lo = 0;
        int hi = c.tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (c.tokens.get(mid).start() <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private static String written(ClaimContext c, int i, int prefixLetters) {
        String text = c.tokens.get(i).text();
        return prefixLetters > 0 ? text.substring(Clitics.offsetAfterLetters(text, prefixLetters)) : text;
    }
}
