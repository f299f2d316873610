package org.maqal.analysis;

import java.util.Set;
import org.maqal.text.ArabicNormalizer;

/**
 * Decides which tokens can be vocabulary and groups forms of one word under one key. A token can be
 * vocabulary when it is an Arabic content word of three letters or more, not a function word, not a
 * calendar word (months, weekdays), and not inside a name or a figure. Forms are grouped by their
 * light stem, with a possessive ending after teh marbuta (مهمته، مهمتنا) grouped with the bare
 * word (مهمة). Thread-safe.
 */
final class VocabularyKeys {
    private static final Set<String> CALENDAR = normalised(
            "يناير فبراير مارس أبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر "
            + "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الثاني الأول "
            + "السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة");
    private static final String[] POSSESSIVE = {"هما", "هم", "هن", "ها", "ه", "نا", "كم", "ي"};

    private VocabularyKeys() {
    }

    /**
     * Whether a content word ({@link org.maqal.model.Token#isContentWord}), not inside a name or figure, can be
     * vocabulary, from its normal form: three letters or more, and not a calendar word.
     */
    static boolean eligibleForm(String normal) {
        if (normal.length() < 3 || CALENDAR.contains(normal) || CALENDAR.contains(stripConjunction(normal))) return false;
        for (int i = 0; i < normal.length(); i++) {
            if (!Character.isLetter(normal.charAt(i))) return false;
        }
        return true;
    }

    /** The key shared by the forms of one word, from its stem and {@link #possessiveAfterTeh} of its normal form. */
    static String key(String stem, boolean possessiveAfterTeh) {
        return possessiveAfterTeh && stem.length() > 2 && stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) : stem;
    }

    /** Whether a normal form ends in ت and a possessive ending (مهمته، مهمتنا). */
    static boolean possessiveAfterTeh(String normal) {
        for (String suffix : POSSESSIVE) {
            int t = normal.length() - suffix.length() - 1;
            if (t >= 0 && normal.charAt(t) == 'ت' && normal.endsWith(suffix)) return true;
        }
        return false;
    }

    /** The form without an attached conjunction or preposition (وبالقوات → القوات); only prefixes
     * followed by the definite article come off, so a word that starts with و stays whole. */
    static String withoutProclitics(String normal) {
        String w = normal;
        if (w.length() > 4 && (w.startsWith("وال") || w.startsWith("فال"))
                || w.length() > 5 && (w.startsWith("وبال") || w.startsWith("وكال") || w.startsWith("ولل"))) {
            w = w.substring(1);
        }
        if (w.length() > 4 && (w.startsWith("بال") || w.startsWith("كال"))) return w.substring(1);
        if (w.length() > 3 && w.startsWith("لل")) return "ال" + w.substring(2);
        return w;
    }

    private static String stripConjunction(String normal) {
        return normal.length() > 3 && (normal.startsWith("و") || normal.startsWith("ف")) ? normal.substring(1) : normal;
    }

    private static Set<String> normalised(String words) {
        return Set.of(java.util.Arrays.stream(words.split("\\s+")).map(ArabicNormalizer::normalize).distinct().toArray(String[]::new));
    }
}
