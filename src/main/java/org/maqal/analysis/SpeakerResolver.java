package org.maqal.analysis;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.maqal.model.EntityType;
import org.maqal.text.ArabicNormalizer;

/**
 * Finds the speaker of a reporting verb that has no subject after it: a subject before it in the
 * same sentence ("لكن ستولتنبرغ أكد", "وكانت الحكومة الفنلندية قد أعلنت", "في تصريحات أدلى بها
 * عضو لجنة الأمن والدفاع، علاوي نعمة، أكد"), the subject a sentence opens with (for "محذّرين"),
 * or, for a pronoun or implicit subject ("وأضاف", "وأوضح أن"), the speaker of a recent claim or
 * the last person mentioned whose gender agrees with the verb. Immutable and thread-safe.
 */
final class SpeakerResolver {
    private static final int MAX_BACK = 30;
    private static final int MAX_ROLE_BACK = 10;
    private static final int RECENT_SENTENCES = 4;
    private static final Set<String> GOVERNING = Set.of("مع", "عن", "الي", "علي", "من", "في", "لدي", "عند", "ضد", "بين",
            "حول", "خلال", "امام", "بعد", "قبل", "عقب", "تجاه", "نحو", "دون");
    private static final Set<String> AUXILIARIES = Set.of("قد", "كان", "كانت", "كانوا", "لقد", "وقد", "فقد", "وكان", "وكانت");

    enum Gender { MASCULINE, FEMININE, UNKNOWN }

    private final Lexicon lexicon;
    private final Titles titles;
    private final Sources sources;

    SpeakerResolver(Lexicon lexicon, Titles titles, Sources sources) {
        this.lexicon = lexicon;
        this.titles = titles;
        this.sources = sources;
    }

    /** A person or organisation before the verb in its sentence and not after {@code floor}, not governed by a preposition. */
    Sources.Source beforeVerb(ClaimContext c, int verb, int floor) {
        TokenView v = c.view;
        int stop = Math.max(Math.max(floor, c.sentenceStart(c.sentenceOf(verb))), verb - MAX_BACK);
        for (int k = verb - 1; k >= stop; k--) {
            EntityIndex.Mention m = c.entities.covering(k);
            if (m != null && m.start() >= stop) {
                int title = titleAround(c, m);
                if (title >= stop && !followsPreposition(c, title, false)) return sources.at(c, title);
                if (title < 0 && acceptable(c, m, verb) && !governed(c, m)) return Sources.of(m.entity(), m.start(), m.end());
                k = m.start();
                continue;
            }
            if (v.isArabic(k) && v.word(k).source()
                    && !hasPreposition(v.normal(k), w -> lexicon.sources().contains(w)) && !followsPreposition(c, k, false)) {
                Sources.Source s = sources.at(c, k);
                if (s != null && s.end() <= verb) return s;
            }
        }
        return null;
    }

    /** The title an organisation or place is part of ("مدير مستشفى الناصرية العام"), or -1. */
    private int titleAround(ClaimContext c, EntityIndex.Mention m) {
        TokenView v = c.view;
        if (m.type() == EntityType.PERSON) return -1;
        for (int t = m.start() - 1; t >= Math.max(0, m.start() - MAX_ROLE_BACK) && v.sameSentence(t, m.start()); t--) {
            if (titles.isTitle(v, t)) return titles.titleEnd(v, t) >= m.end() ? t : -1;
            if (!v.isDefinite(t) && !v.isKnown(t) && !v.word(t).role() && !v.word(t).institution()) {
                return -1;
            }
        }
        return -1;
    }

    private boolean acceptable(ClaimContext c, EntityIndex.Mention m, int verb) {
        if (m.type() != EntityType.PLACE) return true;
        for (int k = m.end(); k < verb; k++) if (!AUXILIARIES.contains(c.view.normal(k))) return false;
        return true;
    }

    /** Whether a mention follows a preposition, or has ب or ل attached ("لحسين", "للحكومة العراقية"). */
    private boolean governed(ClaimContext c, EntityIndex.Mention m) {
        Set<String> nameWords = new HashSet<>(Arrays.asList(Words.split(ArabicNormalizer.normalize(m.entity().name()))));
        return hasPreposition(c.view.normal(m.start()), nameWords::contains)
                || followsPreposition(c, m.start(), m.type() == EntityType.PERSON);
    }

    private static boolean hasPreposition(String normal, Predicate<String> bare) {
        if (bare.test(normal)) return false;
        for (Clitics.Reading r : Clitics.readings(normal)) {
            if (r.letters() == 0 || !bare.test(r.word())) continue;
            String prefix = normal.substring(0, r.letters());
            return prefix.contains("ب") || prefix.contains("ل");
        }
        return false;
    }

    /** Whether the word before token start (before its title, for a person) is a preposition. */
    private boolean followsPreposition(ClaimContext c, int start, boolean person) {
        TokenView v = c.view;
        int g = start - 1;
        if (person) {
            int limit = Math.max(0, start - MAX_ROLE_BACK);
            if (v.isComma(g)) g--;
            while (g >= limit && v.sameSentence(g, start) && (v.isKnown(g) || v.isDefinite(g) || titles.isTitle(v, g)
                    || v.word(g).role() || v.word(g).institution())) {
                g--;
            }
        }
        return v.sameSentence(g, start) && GOVERNING.contains(Clitics.withoutConjunction(v.normal(g)).word());
    }

    /** The subject a sentence opens with: a source at its first word ("حلفاء الولايات المتحدة"), or null. */
    Sources.Source sentenceSubject(ClaimContext c, int sentence) {
        int k = c.sentenceStart(sentence);
        if (k >= c.tokens.size()) return null;
        ReportingVerbs.Use use = c.view.isArabic(k) ? c.view.word(k).verb() : null;
        if (use != null && use.kind() == ReportingVerbs.Kind.FINITE) return sources.at(c, k + 1);
        return sources.at(c, k);
    }

    /**
     * The speaker for an implicit subject: the latest of the recent speakers, then of the people
     * mentioned before the verb, whose gender agrees with the verb.
     */
    Sources.Source implicit(ClaimContext c, int verb, ReportingVerbs.Agreement agreement, List<ClaimDraft> recent) {
        int sentence = c.sentenceOf(verb);
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (sentence - c.sentenceOf(recent.get(i).trigger()) > RECENT_SENTENCES) break;
            if (agrees(recent.get(i).speaker(), agreement)) return recent.get(i).speaker();
        }
        for (int k = verb - 1; k >= 0 && sentence - c.sentenceOf(k) <= RECENT_SENTENCES; k--) {
            EntityIndex.Mention m = c.entities.personAt(k);
            if (m != null && agrees(Sources.of(m.entity(), m.start(), m.end()), agreement)) return Sources.of(m.entity(), m.start(), m.end());
        }
        return recent.isEmpty() ? null : recent.get(recent.size() - 1).speaker();
    }

    /** Whether a speaker can be the subject of a verb of this agreement. */
    boolean agrees(Sources.Source s, ReportingVerbs.Agreement agreement) {
        Gender g = genderOf(s);
        return switch (agreement) {
            case FEMININE -> g != Gender.MASCULINE;
            case MASCULINE -> g != Gender.FEMININE;
            case PLURAL -> true;
        };
    }

    /** A person's gender from a woman's first name or a feminine title; a body's from its first word. */
    Gender genderOf(Sources.Source s) {
        if (s.entity() != null && s.entity().type() == EntityType.PLACE) return Gender.UNKNOWN;
        if (s.entity() != null && s.entity().type() == EntityType.PERSON) {
            String firstName = Words.first(s.entity().name());
            String first = ArabicNormalizer.normalize(firstName);
            if (lexicon.femaleNames().contains(first) || lexicon.femaleNames().contains(Clitics.withoutConjunction(first).word())) {
                return Gender.FEMININE;
            }
            String role = s.entity().role();
            if (role.isBlank()) return Gender.MASCULINE;
            return Clitics.endsWithTehMarbuta(Words.first(role)) ? Gender.FEMININE : Gender.MASCULINE;
        }
        String first = Words.first(s.name());
        return Clitics.endsWithTehMarbuta(first) ? Gender.FEMININE : Gender.MASCULINE;
    }
}
