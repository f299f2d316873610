package org.maqal.exercise.vocabulary;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.maqal.analysis.Nationalities;
import org.maqal.analysis.NumberWords;
import org.maqal.analysis.ReportingVerbs;
import org.maqal.analysis.WordList;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.FunctionWords;
import org.maqal.text.WordMemo;

/**
 * Which words a vocabulary exercise may show as a headword, a gap or a distractor, and how to see
 * the core and the shape of a word.
 * <p>
 * Refused: function words, reporting verbs (قال، أكد: any of them fits where another stands), number
 * words, grammar words the function-word list leaves out (رغم، عقب، معا…), adjectives of nationality
 * (الأمريكية، العراقي: names in all but form, and any of them fits where another stands), and
 * anything that is not three Arabic letters or more. Names never reach these rules: the analysis keeps them out of the
 * vocabulary and {@link org.maqal.exercise.ArticleTokens#inName} out of the sentences. Immutable and
 * thread-safe.
 */
final class WordRules {
    private static final Set<String> GRAMMAR = normalised("رغم ورغم برغم عقب وعقب إثر اثر معا معاً بشأن وفق وفقا "
            + "بحسب حسب بموجب ضمن لدى وسط قرابة حوالي نحو بنحو لنحو أثناء اثناء إطار بإطار عدم مدى جراء بسبب سبب "
            + "يذكر ويذكر يشار أخرى آخر اخر اخرى الأخرى الاخرى آخرين بينها بينهم منها منه عليها عليه فيها فيه لها له "
            + "إنه انه أنه بأن بان بأنه بانه وأن وان وإن لأنه حين حينها بعدما قبلما تماما تماماً أحد احد إحدى احدى");
    private static final WordMemo<Set<String>> READINGS = WordMemo.of(WordRules::readingsOf);
    private static final String[] PRONOUNS = {"هما", "هم", "هن", "ها", "نا", "ه"};
    private final FunctionWords functionWords = FunctionWords.standard();
    private final ReportingVerbs reportingVerbs = ReportingVerbs.standard();
    private final NumberWords numberWords = NumberWords.standard();
    private final Nationalities nationalities = new Nationalities(WordList.load("nationalities.txt"));

    private final WordMemo<Optional<Refusal>> memo = WordMemo.of(w -> Optional.ofNullable(refusalOf(w)));

    /** Why a word cannot be used, or null when it can. */
    Refusal refusal(String written) {
        return memo.get(written).orElse(null);
    }

    private Refusal refusalOf(String written) {
        String normal = ArabicNormalizer.normalize(written);
        if (normal.length() < 3 || !normal.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)) return Refusal.NOT_A_WORD;
        if (functionWords.contains(normal) || GRAMMAR.contains(normal)) return Refusal.FUNCTION_WORD;
        if (reportingVerbs.contains(normal)) return Refusal.REPORTING_VERB;
        if (nationalities.contains(normal)) return Refusal.NATIONALITY;
        if (numberWords.isNumberWord(normal) || numberWords.isNumberWord(withoutConjunction(normal))) return Refusal.NUMBER;
        return null;
    }

    /** Whether a word can be used. */
    boolean usable(String written) {
        return refusal(written) == null;
    }

    /**
     * The word without attached conjunction, preposition, definite article and possessive ending, for
     * telling forms of one word apart from different words: وبالقوات → قوات، مهمته → مهمه.
     * {@code lexicon} holds the normalised words of the corpus; a letter comes off only when what is
     * left is a word there or starts with the article, so وزراء keeps its و.
     */
    static String core(String normal, Set<String> lexicon) {
        String w = normal;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                && (w.startsWith("ال", 1) || w.startsWith("لل", 1) || lexicon.contains(w.substring(1)))) {
            w = w.substring(1);
        }
        if (w.length() > 3 && w.startsWith("لل")) {
            w = "ال" + w.substring(2);
        } else if (w.length() > 3 && "بكل".indexOf(w.charAt(0)) >= 0 && (w.startsWith("ال", 1) || lexicon.contains(w.substring(1)))) {
            w = w.substring(1);
        }
        if (w.length() > 4 && w.startsWith("ال")) w = w.substring(2);
        for (String suffix : PRONOUNS) {
            if (w.length() > suffix.length() + 2 && w.endsWith("ت" + suffix)) {
                return w.substring(0, w.length() - suffix.length() - 1) + "ه";
            }
        }
        for (String suffix : PRONOUNS) {
            String rest = w.substring(0, Math.max(0, w.length() - suffix.length()));
            if (w.endsWith(suffix) && rest.length() >= 3 && (lexicon.contains(rest) || lexicon.contains("ال" + rest))) return rest;
        }
        return w;
    }

    /**
     * Every way of reading a word with some of its attached letters taken off: a conjunction, a
     * preposition, the article before; a pronoun after (with ت turned back into ة). The word is
     * normalised but keeps its ة, so that مهمة is not read as مهم with a pronoun. Readings shorter than
     * two letters are left out.
     */
    static Set<String> readings(String written) {
        return READINGS.get(written);
    }

    private static Set<String> readingsOf(String written) {
        String normal = ArabicNormalizer.normalize(written.replace('ة', '\uE000')).replace('\uE000', 'ة');
        Set<String> out = new HashSet<>();
        for (String p1 : new String[] {"", "و", "ف"}) {
            if (!normal.startsWith(p1)) continue;
            String a = normal.substring(p1.length());
            for (String p2 : new String[] {"", "ب", "ل", "ك", "لل"}) {
                if (!a.startsWith(p2)) continue;
                String b = p2.equals("لل") ? "ال" + a.substring(2) : a.substring(p2.length());
                for (String c : new String[] {b, b.startsWith("ال") ? b.substring(2) : b}) {
                    out.add(c);
                    for (String suffix : PRONOUNS) {
                        if (!c.endsWith(suffix)) continue;
                        String rest = c.substring(0, c.length() - suffix.length());
                        out.add(rest);
                        if (rest.endsWith("ت")) out.add(rest.substring(0, rest.length() - 1) + "ة");
                    }
                }
            }
        }
        out.removeIf(r -> r.length() < 2);
        return Set.copyOf(out);
    }

    /**
     * Whether two written words look like kin: some reading of each ({@link #readings}) starts with
     * the same three letters (two for words of three letters), so قوات/قوة and مدرب/كمدربين are kin
     * and الإعلان/الفاعلية, which a light stemmer may put together, are not.
     */
    static boolean kin(String a, String b) {
        for (String ra : readings(a)) {
            for (String rb : readings(b)) {
                int need = Math.min(3, Math.min(ra.length(), rb.length()) - 1);
                if (need >= 2 && ra.regionMatches(0, rb, 0, need)) return true;
            }
        }
        return false;
    }

    /** Whether two written words are one word with different attached letters (مهام، بمهامها). */
    static boolean sameBesideClitics(String a, String b) {
        Set<String> ra = readings(a);
        for (String r : readings(b)) if (ra.contains(r)) return true;
        return false;
    }

    /**
     * Whether two cores are forms of one word or close kin (مدرب، مدربين؛ تدريب، تدرب): equal, equal
     * stems, or sharing their first four letters (three for short words).
     */
    static boolean related(String coreA, String stemA, String coreB, String stemB) {
        if (coreA.equals(coreB) || stemA.equals(stemB)) return true;
        int shared = 0;
        while (shared < coreA.length() && shared < coreB.length() && coreA.charAt(shared) == coreB.charAt(shared)) shared++;
        return shared >= Math.min(4, Math.min(coreA.length(), coreB.length())) || shared >= 3 && Math.min(coreA.length(), coreB.length()) <= 4;
    }

    /**
     * A word's shape: what its light stem leaves before and after it (article, conjunction, plural or
     * feminine ending), so that a distractor carries the same grammar as the answer.
     */
    static String shape(String normal, String stem) {
        int at = stem.isEmpty() ? -1 : normal.indexOf(stem);
        if (at < 0) return "?" + normal.length();
        return normal.substring(0, at) + "|" + normal.substring(at + stem.length());
    }

    /** The part of a shape before the stem. */
    static String prefix(String shape) {
        int bar = shape.indexOf('|');
        return bar < 0 ? shape : shape.substring(0, bar);
    }

    private static String withoutConjunction(String normal) {
        return normal.length() > 3 && (normal.charAt(0) == 'و' || normal.charAt(0) == 'ف') ? normal.substring(1) : normal;
    }

    private static Set<String> normalised(String words) {
        return Arrays.stream(words.split("\\s+")).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** Why a word is refused. */
    enum Refusal {
        NOT_A_WORD("skip.notWord"), FUNCTION_WORD("skip.functionWord"), REPORTING_VERB("skip.reportingVerb"),
        NUMBER("skip.number"), NATIONALITY("skip.nationality");

        final String note;

        Refusal(String note) {
            this.note = note;
        }
    }
}
