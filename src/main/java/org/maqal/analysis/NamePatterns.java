package org.maqal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds people's names in a text it has never seen, from the words around them: after a title
 * ("وزير الدفاع الأميركي لويد اوستن"), in apposition to a title ("الأمين العام لحلف شمال الأطلسي،
 * مارك روتي،"), right after or before a reporting verb ("وقال راسموسن إن", "لكن ستولتنبرغ أكد"),
 * or starting with a known first name ("حامد أحمد"). A name word is an Arabic word without the
 * article that is not a function word, verb, title, time word, common noun or known place or
 * organisation; the last word may be a family name with the article ("قاسم الأعرجي").
 * Immutable and thread-safe.
 */
final class NamePatterns {
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_NAME_AT_VERB = 3;
    private static final int MAX_UNKNOWN_TITLE = 3;
    private static final Set<String> COMPOUND_HEADS = Set.of("عبد", "ابو", "ابي", "ام", "ابن", "بن", "بنت");
    private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم");
    private static final Set<String> PHRASE_STARTS = Set.of("في", "خلال", "عند", "امام", "لدي", "علي", "من", "عن", "الي", "مع", "عبر");
    private static final Set<String> NOUN_MARKERS = Set.of("دون", "بدون", "عدم", "من", "في", "الي", "علي", "عن", "بعد", "قبل");
    private static final Set<String> CLAUSE_OPENERS = Set.of("و", "لكن", "ولكن", "بينما", "فيما", "كما", "ثم", "اما", "الا");

    /**
     * A person's name and the title given with it.
     *
     * @param roleStart first token of the title, or -1 without one
     * @param roleEnd   token just after the title, or -1
     * @param nameStart first token of the name (a title that belongs to the name, "البابا", included)
     * @param nameEnd   token just after the name
     */
    record Person(int roleStart, int roleEnd, int nameStart, int nameEnd) {
        boolean hasRole() { return roleStart >= 0 && roleEnd > roleStart; }
    }

    private final Lexicon lexicon;
    private final Titles titles;

    NamePatterns(Lexicon lexicon, Titles titles) {
        this.lexicon = lexicon;
        this.titles = titles;
    }

    /** The names in the text, in reading order, none overlapping. */
    List<Person> find(TokenView v) {
        List<Person> out = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            Person p = at(v, i);
            if (p == null) {
                i++;
                continue;
            }
            out.add(p);
            i = p.nameEnd();
        }
        return out;
    }

    private Person at(TokenView v, int i) {
        if (!mayStartAt(v, i)) return null;
        Person p = afterTitle(v, i);
        if (p != null) return p;
        ReportingVerbs.Use verb = v.isArabic(i) ? v.word(i).verb() : null;
        if (verb != null && verb.kind() == ReportingVerbs.Kind.FINITE && !isNounUse(v, i)) {
            int start = unknownTitleEnd(v, i + 1);
            int end = nameEnd(v, start);
            boolean strong = end > 0 && (end - start == 1 || v.word(start).firstName() || reportsAt(v, end));
            if (strong && end - start <= MAX_NAME_AT_VERB && endsAtVerbName(v, end)) {
                return start > i + 1 ? new Person(i + 1, start, start, end) : new Person(-1, -1, i + 1, end);
            }
        }
        if (isNameWord(v, i, true) && v.word(i).firstName()) {
            int end = nameEnd(v, i);
            if (end >= i + 2) return new Person(-1, -1, i, end);
        }
        if (isNameWord(v, i, true) && opensClause(v, i - 1) && v.sameSentence(i, i + 1)) {
            ReportingVerbs.Use next = v.isArabic(i + 1) ? v.word(i + 1).verb() : null;
            if (next != null && next.kind() == ReportingVerbs.Kind.FINITE && next.prefixLetters() == 0 && reports(v, i + 2, next)) {
                return new Person(-1, -1, i, i + 1);
            }
        }
        return null;
    }

    /**
     * Whether a name can be found at token i at all: it must be a title, a reporting verb or a first
     * name, or come right before a reporting verb. Decided from the words alone, before any pattern.
     */
    private static boolean mayStartAt(TokenView v, int i) {
        LexiconWords.Word w = v.word(i);
        return w.title() || w.verb() != null || w.firstName() || (v.inRange(i + 1) && v.word(i + 1).verb() != null);
    }

    /**
     * After a reporting verb, up to three words with the article that no list knows but that stand
     * where a title would ("وقال المتنبئ الجوي صادق عطية إن"); the token after them, or i.
     */
    int unknownTitleEnd(TokenView v, int i) {
        int j = i;
        while (j < i + MAX_UNKNOWN_TITLE && v.sameSentence(i, j) && v.isDefinite(j) && !v.isKnown(j) && !v.isFunction(j)
                && !v.word(j).time() && !v.word(j).source()) {
            j++;
        }
        return j > i && isNameWord(v, j, true) ? j : i;
    }

    /** A title at token i followed by a name, directly or in apposition between commas. */
    Person afterTitle(TokenView v, int i) {
        int roleEnd = titles.titleEnd(v, i);
        if (roleEnd < 0) return null;
        boolean bare = roleEnd == i + 1;
        if (bare && !v.isDefinite(i)) return null;
        int end = nameEnd(v, roleEnd);
        if (end > 0) {
            if (titles.isNameTitle(v, roleEnd - 1)) {
                return bare ? new Person(-1, -1, i, end) : new Person(i, roleEnd - 1, roleEnd - 1, end);
            }
            return new Person(i, roleEnd, roleEnd, end);
        }
        if (v.isComma(roleEnd) && v.sameSentence(i, roleEnd + 1)) {
            int second = titles.titleEnd(v, roleEnd + 1);
            int start = second > 0 ? second : roleEnd + 1;
            end = nameEnd(v, start);
            if (end < 0) end = appositionEnd(v, start);
            if (end > 0 && v.isComma(end)) {
                if (second > 0 && titles.isNameTitle(v, start - 1)) start--;
                return new Person(i, roleEnd, start, end);
            }
        }
        return null;
    }

    /**
     * Between a title's comma and the next comma, one to three words that are names though they
     * read as function words ("، آنا بيرنز،"); the token after them, or -1.
     */
    private int appositionEnd(TokenView v, int start) {
        for (int end = start + 1; end <= start + MAX_NAME_AT_VERB && v.sameSentence(start, end); end++) {
            int k = end - 1;
            boolean function = lexicon.functionWords().contains(Clitics.withoutConjunction(v.normal(k)).word());
            if (!v.isArabic(k) || v.isKnown(k) || v.word(k).definite() || v.word(k).common() || (function && k > start)) {
                return -1;
            }
            if (v.isComma(end)) return end > start + 1 || isNameWord(v, start, true) ? end : -1;
        }
        return -1;
    }

    /** If a name starts at token i, the token just after it; else -1. */
    int nameEnd(TokenView v, int i) {
        if (!isNameWord(v, i, true)) return -1;
        boolean compound = COMPOUND_HEADS.contains(Clitics.withoutConjunction(v.normal(i)).word());
        int j = i + 1;
        while (v.inRange(j) && v.sameSentence(i, j) && j - i < MAX_NAME_WORDS) {
            if (compound && v.isArabic(j) && Clitics.hasArticle(v.normal(j)) && !isGrammatical(v, j)) {
                compound = false;
                j++;
                continue;
            }
            compound = false;
            if (isNameWord(v, j, false)) {
                compound = COMPOUND_HEADS.contains(v.normal(j));
                j++;
                continue;
            }
            if (isFamilyNameWithArticle(v, j, j - i)) j++;
            break;
        }
        if (j == i + 1 && COMPOUND_HEADS.contains(Clitics.withoutConjunction(v.normal(i)).word())) return -1;
        return j;
    }

    /** Whether token i can be a word of a name; {@code first} for the first word. */
    boolean isNameWord(TokenView v, int i, boolean first) {
        if (first && isKunya(v, i)) return true;
        if (!v.isArabic(i) || isGrammatical(v, i) || v.isKnown(i)) return false;
        String w = v.normal(i);
        if (w.length() < 2) return false;
        LexiconWords.Word word = v.word(i);
        if (word.firstName() && !isListedFunctionWord(w, v.text(i))) return true;
        if (word.definite() || word.common() || hasPronounSuffix(w)) return false;
        if (Clitics.endsWithTehMarbuta(v.text(i)) && !word.firstName()) return !first && endsName(v, i + 1);
        return true;
    }

    /** "أم علي", "أبو أحمد": أم or أبو before a first name. */
    private boolean isKunya(TokenView v, int i) {
        if (!v.isArabic(i) || !v.sameSentence(i, i + 1) || !v.isArabic(i + 1)) return false;
        return v.word(i).kunya() && v.word(i + 1).firstName();
    }

    /** Words ending in an attached pronoun ("لمراسلنا", "بلادهم") are not names; listed first names aside. */
    private static boolean hasPronounSuffix(String w) {
        return w.length() > 4 && (w.endsWith("نا") || w.endsWith("هم") || w.endsWith("هن") || w.endsWith("كم") || w.endsWith("ها"));
    }

    /**
     * Whether token j ends a name as a family name with the article: a nisba ("الأعرجي") or a
     * word right before the end of the name ("البدر إن"). After two name words a nationality or
     * title may be a family name too ("محمد شياع السوداني", "أبو مهدي المهندس").
     */
    private boolean isFamilyNameWithArticle(TokenView v, int j, int wordsBefore) {
        if (!v.isArabic(j) || isGrammatical(v, j) || v.isKnown(j)) return false;
        String w = v.normal(j);
        LexiconWords.Word word = v.word(j);
        if (!Clitics.hasArticle(w) || word.time()) return false;
        if (word.common()) {
            boolean titleOrNationality = word.nationality() || word.title();
            return titleOrNationality && wordsBefore >= 2 && endsName(v, j + 1) && !word.source();
        }
        return w.endsWith("ي") || endsName(v, j + 1);
    }

    /**
     * Whether token i is a grammatical word that cannot be part of a name. The tokenizer's
     * function-word mark is too eager for names ("فو" reads as ف + و, "نعمة" as نعم + ه, "إلينا"
     * as إلى + نا), so a word ending in ة, a first name that is not itself a listed function word
     * (not "على", "أنا"), and a two-letter word not itself on the list, are not grammatical here.
     */
    private boolean isGrammatical(TokenView v, int i) {
        if (!v.isFunction(i)) return false;
        String w = v.normal(i);
        String written = v.text(i);
        if (Clitics.endsWithTehMarbuta(written)) return false;
        if (v.word(i).firstName() && !isListedFunctionWord(w, written)) return false;
        return w.length() > 2 || lexicon.functionWords().contains(w);
    }

    /**
     * Whether a normalised word is a listed function word. Normalising writes final ى as ي, so
     * the preposition "على" and the name "علي" meet; a word written with final ي is a name here.
     */
    private boolean isListedFunctionWord(String w, String written) {
        if (written.endsWith("\u064A")) return false;
        return lexicon.functionWords().contains(w) || lexicon.functionWords().contains(Clitics.withoutConjunction(w).word());
    }

    /** Whether a name may end before token k: end of sentence, punctuation, a function word, a verb, a time word, a title or a word with ل or ب attached. */
    boolean endsName(TokenView v, int k) {
        if (!v.inRange(k) || !v.sameSentence(k - 1, k) || v.isPunctuation(k) || isGrammatical(v, k)) return true;
        if (!v.isArabic(k)) return false;
        String w = v.normal(k);
        // a tatweel standing alone ("العبيدي ـ وهو") is a dash, and ends a name as punctuation does
        if (w.isEmpty() || v.word(k).verb() != null || v.word(k).time() || titles.isTitle(v, k)) return true;
        char c = w.charAt(0);
        return (c == 'ل' || c == 'ب') && w.length() > 3 && !isNameWord(v, k, true);
    }

    /**
     * Whether a name right after a reporting verb may end before token k: what is reported
     * (أن، إن، a quotation, a colon), a comma, a time word, or a phrase of place or manner
     * (في، خلال، لمراسلنا).
     */
    private boolean endsAtVerbName(TokenView v, int k) {
        if (!v.inRange(k) || !v.sameSentence(k - 1, k)) return false;
        if (v.isComma(k) || v.isMark(k, ':') || v.isOpeningQuote(k)) return true;
        if (!v.isArabic(k)) return false;
        String w = v.normal(k);
        if (COMPLEMENTIZERS.contains(w) || PHRASE_STARTS.contains(w) || v.word(k).time()) return true;
        return !w.isEmpty() && w.charAt(0) == 'ل' && w.length() > 3 && !isNameWord(v, k, true) && v.word(k).verb() == null;
    }

    /** Whether what follows a verb at token k is something reported: أن/إن, a quotation or a colon, maybe after "إلى". */
    private static boolean reports(TokenView v, int k, ReportingVerbs.Use verb) {
        if (!v.sameSentence(k - 1, k)) return false;
        if (v.isOpeningQuote(k) || v.isMark(k, ':') || COMPLEMENTIZERS.contains(v.normal(k))) return true;
        return verb.verb().governs().contains(v.normal(k)) && v.sameSentence(k, k + 1) && COMPLEMENTIZERS.contains(v.normal(k + 1));
    }

    /** Whether what is reported starts at token k: أن/إن, a quotation, a colon or a comma. */
    private static boolean reportsAt(TokenView v, int k) {
        return v.sameSentence(k - 1, k) && (v.isComma(k) || v.isMark(k, ':') || v.isOpeningQuote(k) || COMPLEMENTIZERS.contains(v.normal(k)));
    }

    /** Whether the verb-like word at i is used as a noun: after a preposition or "دون", "عدم". */
    private static boolean isNounUse(TokenView v, int i) {
        return v.sameSentence(i - 1, i) && NOUN_MARKERS.contains(v.normal(i - 1));
    }

    private static boolean opensClause(TokenView v, int k) {
        if (!v.inRange(k) || !v.sameSentence(k, k + 1)) return true;
        return v.isComma(k) || CLAUSE_OPENERS.contains(v.normal(k));
    }
}
