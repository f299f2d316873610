package org.maqal.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.TokenList;
import org.maqal.text.TextPipeline;

/**
 * Finds the statements an article attributes to a source: after a reporting verb in any tense,
 * person or as an adverbial participle ("قال", "وأكدت", "يرى", "مشيراً", "محذّرين"), after "بقوله" and
 * "عن X قوله", with attribution phrases ("بحسب", "وفقاً لـ"), and after a source and a colon that
 * open a sentence ("وزير الصحة: …", verb ":"); as a quotation ("…", «…», “…”)
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
    private static final int SUBJECT_REACH = 3;

    private final Lexicon lexicon;
    private final LexiconWords words;
    private final QuotationFinder quotations = new QuotationFinder();
    private final Sources sources;
    private final ComplementScanner scanner;
    private final SpeakerResolver resolver;
    private final AttributionPhrases phrases;
    private final ClaimTexts texts = new ClaimTexts();
    private final ReportingVerbs.Use saying;

    /** An extractor with the given word lists; they must list the participle قائلا. */
    public ClaimExtractor(Lexicon lexicon) {
        this(new LexiconWords(lexicon));
    }

    /** An extractor with the given word lists, sharing what they say of each word. */
    ClaimExtractor(LexiconWords words) {
        Lexicon lexicon = words.lexicon();
        this.lexicon = lexicon;
        this.words = words;
        Titles titles = new Titles(lexicon);
        this.sources = new Sources(lexicon, titles);
        this.scanner = new ComplementScanner(sources);
        this.resolver = new SpeakerResolver(lexicon, titles, sources);
        this.phrases = new AttributionPhrases(sources, scanner);
        this.saying = lexicon.verbs().match("قائلا");
        if (saying == null) throw new IllegalArgumentException("The reporting verbs lack the participle قائلا");
    }

    /** Whether a normalised word reports speech as a form of القول ("بقوله", "قوله"). */
    static boolean isSayingWord(String normal) {
        return SAYING.contains(normal) || QUOTING.contains(normal);
    }

    /** The extractor with Maqal's own word lists. */
    public static ClaimExtractor standard() {
        return new ClaimExtractor(Lexicon.standard());
    }

    /**
     * The claims of a text, in reading order.
     *
     * @param text     the text with its sentences and tokens
     * @param entities the entities found in it ({@link EntityRecognizer#recognize})
     */
    public List<Claim> extract(TextPipeline.Text text, List<Entity> entities) {
        TokenList tokens = TokenList.copyOf(text.tokens());
        return extract(text, new EntityIndex(tokens, words.of(tokens), entities));
    }

    LexiconWords words() { return words; }

    /**
     * {@link #extract(TextPipeline.Text, List)}, given the text's entities indexed by token with
     * what the word lists say of each token ({@link #words()}).
     */
    List<Claim> extract(TextPipeline.Text text, EntityIndex entities) {
        ClaimContext c = new ClaimContext(text, entities, quotations.find(text.text()), lexicon);
        List<ClaimDraft> drafts = new ArrayList<>();
        Set<QuotationFinder.Quotation> quoted = new HashSet<>();
        for (int i : markTriggers(c)) {
            ClaimDraft d = draft(c, i, drafts, quoted);
            if (d == null || (d.quotation() != null && !quoted.add(d.quotation()))) continue;
            drafts.add(d);
        }
        return texts.claims(c, drafts);
    }

    private List<Integer> markTriggers(ClaimContext c) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < c.tokens.size(); i++) {
            if (!c.view.isArabic(i)) {
                if (isHeadlineColon(c, i)) {
                    c.markTrigger(i, false);
                    out.add(i);
                }
                continue;
            }
            if (c.quotationAround(i) != null) continue;
            LexiconWords.Word w = c.view.word(i);
            boolean phrase = w.phrase();
            if (phrase || w.verb() != null || w.saying()) {
                c.markTrigger(i, phrase);
                out.add(i);
            }
        }
        return out;
    }

    private ClaimDraft draft(ClaimContext c, int i, List<ClaimDraft> drafts, Set<QuotationFinder.Quotation> quoted) {
        if (c.view.isMark(i, ':')) return headline(c, i);
        if (phrases.isPhrase(c.view, i)) return attribution(c, i);
        if (QUOTING.contains(c.view.normal(i))) return quoting(c, i);
        boolean saysPhrase = SAYING.contains(c.view.normal(i));
        ReportingVerbs.Use use = saysPhrase ? saying : c.view.word(i).verb();
        ComplementScanner.Complement comp = complement(c, i, use, saysPhrase, quoted);
        if (comp == null) return null;
        String verb = written(c, i, use.prefixLetters());
        Sources.Source speaker = comp.subject();
        boolean before = false;
        if (speaker == null && saysPhrase) {
            int lead = leadVerb(c, i);
            if (lead >= 0) {
                verb = written(c, lead, Clitics.withoutConjunction(c.view.normal(lead)).letters()) + " " + c.tokens.text(i);
                Sources.Source s = sources.at(c, lead + 1);
                if (s != null && s.end() <= i) speaker = s;
            }
        }
        if (speaker == null) {
            if (use.impersonal() && opensSentence(c, i)) return null;
            boolean needsSubject = comp.kind() == ComplementScanner.Kind.NOUN && use.kind() == ReportingVerbs.Kind.FINITE;
            speaker = needsSubject ? subjectBefore(c, i, drafts) : implicitSpeaker(c, i, use, saysPhrase, drafts);
            before = speaker != null && speaker.start() >= c.sentenceStart(c.sentenceOf(i)) && speaker.start() < i
                    && i - speaker.end() <= SUBJECT_REACH;
        }
        if (speaker == null) return null;
        int clauseStart = clauseStart(c, i, comp, before ? speaker : null);
        return comp.kind() == ComplementScanner.Kind.QUOTE
                ? new ClaimDraft(i, clauseStart, verb, speaker, -1, -1, comp.quotation())
                : new ClaimDraft(i, clauseStart, verb, speaker, comp.start(), -1, null);
    }

    /** What the verb introduces; for a finite verb with nothing after it, a quotation just before it. */
    private ComplementScanner.Complement complement(ClaimContext c, int i, ReportingVerbs.Use use, boolean saysPhrase,
                                                    Set<QuotationFinder.Quotation> quoted) {
        ComplementScanner.Complement comp = scanner.scan(c, i, use);
        if (comp == null && use.kind() == ReportingVerbs.Kind.FINITE && !saysPhrase) {
            QuotationFinder.Quotation q = scanner.quotationBefore(c, i);
            Sources.Source after = sources.at(c, i + 1);
            boolean unread = after == null && c.view.isArabic(i + 1) && !c.view.isFunction(i + 1) && c.view.sameSentence(i, i + 1);
            if (q != null && !unread) comp = new ComplementScanner.Complement(ComplementScanner.Kind.QUOTE, -1, q, after);
        }
        if (comp != null && comp.quotation() != null && quoted.contains(comp.quotation())) return null;
        return comp;
    }

    /** A noun phrase is claimed only with a subject the verb can see: "الناتو ينفي نيته …". */
    private Sources.Source subjectBefore(ClaimContext c, int i, List<ClaimDraft> drafts) {
        ClaimDraft same = lastInSentence(c, drafts, i);
        return resolver.beforeVerb(c, i, same != null ? same.trigger() + 1 : c.sentenceStart(c.sentenceOf(i)));
    }

    /** The speaker of a verb with no subject after it: the claim before it in its sentence, a subject before it, or a recent speaker. */
    private Sources.Source implicitSpeaker(ClaimContext c, int i, ReportingVerbs.Use use, boolean saysPhrase, List<ClaimDraft> drafts) {
        ClaimDraft same = lastInSentence(c, drafts, i);
        Sources.Source speaker;
        if (same != null) {
            speaker = same.speaker();
        } else if (use.kind() == ReportingVerbs.Kind.PARTICIPLE && !saysPhrase) {
            speaker = resolver.sentenceSubject(c, c.sentenceOf(i));
        } else {
            speaker = resolver.beforeVerb(c, i, c.sentenceStart(c.sentenceOf(i)));
        }
        return speaker != null ? speaker : resolver.implicit(c, i, use.agreement(), drafts);
    }

    private int clauseStart(ClaimContext c, int i, ComplementScanner.Complement comp, Sources.Source subjectBefore) {
        int start = comp.start() < 0 ? c.tokenAt(comp.quotation().open()) : i;
        if (subjectBefore != null) start = subjectBefore.start();
        int first = c.sentenceStart(c.sentenceOf(i));
        while (start > first && CLAUSE_JOINERS.contains(c.view.normal(start - 1))) start--;
        return start;
    }

    /** A colon right after a source that opens its sentence: "وزير الصحة: لا إصابات جديدة". */
    private boolean isHeadlineColon(ClaimContext c, int i) {
        if (!c.view.isMark(i, ':') || !c.view.sameSentence(i, i + 1) || c.quotationAround(i) != null) return false;
        Sources.Source s = sources.at(c, c.sentenceStart(c.sentenceOf(i)));
        return s != null && s.end() == i;
    }

    private ClaimDraft headline(ClaimContext c, int i) {
        Sources.Source s = sources.at(c, c.sentenceStart(c.sentenceOf(i)));
        QuotationFinder.Quotation q = c.quotationOpeningAt(i + 1);
        return q != null ? new ClaimDraft(i, s.start(), ":", s, -1, -1, q) : new ClaimDraft(i, s.start(), ":", s, i + 1, -1, null);
    }

    private ClaimDraft attribution(ClaimContext c, int i) {
        AttributionPhrases.Attribution a = phrases.read(c, i);
        if (a == null) return null;
        return new ClaimDraft(i, a.quotation() != null ? i : a.start(), a.phrase(), a.source(), a.start(), a.end(), a.quotation());
    }

    /** "ونقلت صحيفة الصباح عن مسؤول في وزارة النقل قوله إن …": the source is what follows عن. */
    private ClaimDraft quoting(ClaimContext c, int i) {
        for (int k = i - 1; k >= Math.max(0, i - LEAD_REACH) && c.view.sameSentence(k, i); k--) {
            if (!c.view.is(k, "عن")) continue;
            Sources.Source s = sources.at(c, k + 1);
            if (s == null || s.end() != i) return null;
            ComplementScanner.Complement comp = scanner.scan(c, i, saying);
            if (comp == null) return null;
            String verb = c.tokens.text(i);
            return comp.kind() == ComplementScanner.Kind.QUOTE
                    ? new ClaimDraft(i, i, verb, s, -1, -1, comp.quotation())
                    : new ClaimDraft(i, i, verb, s, comp.start(), -1, null);
        }
        return null;
    }

    /** The verb "بقوله" completes: "ومضى بقوله", "ادلى وزير الدفاع … بقوله". */
    private int leadVerb(ClaimContext c, int i) {
        for (int k = i - 1; k >= Math.max(0, i - LEAD_REACH) && c.view.sameSentence(k, i); k--) {
            if (c.view.isArabic(k) && LEAD_VERBS.contains(Clitics.withoutConjunction(c.view.normal(k)).word())) return k;
            if (c.isTrigger(k)) return -1;
        }
        return -1;
    }

    private static ClaimDraft lastInSentence(ClaimContext c, List<ClaimDraft> drafts, int i) {
        if (drafts.isEmpty()) return null;
        ClaimDraft last = drafts.get(drafts.size() - 1);
        return c.sentenceOf(last.trigger()) == c.sentenceOf(i) ? last : null;
    }

    private static boolean opensSentence(ClaimContext c, int i) {
        int first = c.sentenceStart(c.sentenceOf(i));
        return i == first || (i == first + 1 && c.view.is(first, "و"));
    }

    private static String written(ClaimContext c, int i, int prefixLetters) {
        String text = c.tokens.text(i);
        return prefixLetters > 0 ? text.substring(Clitics.offsetAfterLetters(text, prefixLetters)) : text;
    }
}
