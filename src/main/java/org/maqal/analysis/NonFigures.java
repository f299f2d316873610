package org.maqal.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maqal.model.TokenKind;
import org.maqal.text.ArabicNormalizer;

/**
 * Recognises digits that are not figures: model and product names (اف-16، كوفيد-19، HK-2023، 5G,
 * Exynos 2400), phone and code numbers (021-45-67-89، 0770…، +964 770 123 4567: numbers side by
 * side with only spaces between), scores and other number pairs
 * (4-1), times of day (الساعة 11 صباحا، 5:30) and numbers that label rather than count (الرقم 195،
 * القميص رقم 29، المادة 140، الخط الساخن 16100، الدقيقة 42، الجولة 12). Year pairs (2010-2014، 2024/2025) stay figures.
 * Stateless; thread-safe.
 */
final class NonFigures {
    private static final Set<String> LABELS = normalized("رقم الرقم برقم بالرقم رقمه هاتف الهاتف هاتفي الخط"
            + " المادة الماده البند الفقرة الصفحة صفحة الطريق طراز الموديل موديل الإصدار الساعة الصف القرار قرار"
            + " الدقيقة الجولة الأسبوع النسخة الدورة الطبعة المرتبة المركز");
    private static final Set<String> TIMES_OF_DAY = normalized("صباحا صباح مساء مساءا مساء ظهرا عصرا فجرا ليلا بتوقيت");

    private NonFigures() {
    }

    private static Set<String> normalized(String words) {
        return Set.copyOf(java.util.Arrays.asList(ArabicNormalizer.normalize(words).split(" ")));
    }

    /** Whether the number token {@code k} is part of a name, code, score, time or label. */
    static boolean excluded(SentenceTokens s, int k) {
        Optional<Digits.Numeral> numeral = Digits.parse(s.normal(k));
        if (numeral.isEmpty()) return true;
        if (numeral.get().leadingZero()) return true;
        if (s.is(k - 1, TokenKind.LATIN) || (s.is(k + 1, TokenKind.LATIN) && s.touchesPrevious(k + 1))) return true;
        if (attachedToWord(s, k)) return true;
        if (inChain(s, k)) return true;
        if (s.normal(k - 1).equals("+") && s.touchesPrevious(k)) return true;
        if (s.is(k - 1, TokenKind.NUMBER) || s.is(k + 1, TokenKind.NUMBER)) return true;
        if (isTime(s, k)) return true;
        return labelled(s, k);
    }

    /** A number hyphenated onto a word: اف-16، كوفيد-19، HK-2023. */
    private static boolean attachedToWord(SentenceTokens s, int k) {
        return s.normal(k - 1).equals("-") && s.touchesPrevious(k) && s.touchesPrevious(k - 1)
                && (s.is(k - 2, TokenKind.ARABIC) || s.is(k - 2, TokenKind.LATIN));
    }

    /** Numbers joined by - or / or : with no space, unless all are years or it is a date (found before). */
    private static boolean inChain(SentenceTokens s, int k) {
        boolean before = isJoiner(s.normal(k - 1)) && s.touchesPrevious(k) && s.touchesPrevious(k - 1)
                && s.is(k - 2, TokenKind.NUMBER);
        boolean after = isJoiner(s.normal(k + 1)) && s.touchesPrevious(k + 1) && s.touchesPrevious(k + 2)
                && s.is(k + 2, TokenKind.NUMBER);
        if (!before && !after) return false;
        if (before && !isYear(s.normal(k - 2))) return true;
        if (after && !isYear(s.normal(k + 2))) return true;
        return !isYear(s.normal(k)) || s.normal(k - 1).equals(":") || s.normal(k + 1).equals(":");
    }

    private static boolean isJoiner(String w) {
        return w.equals("-") || w.equals("/") || w.equals(":") || w.equals("–");
    }

    private static boolean isYear(String normal) {
        return Digits.parse(normal).map(DateFinder::isYear).orElse(false);
    }

    private static boolean isTime(SentenceTokens s, int k) {
        return TIMES_OF_DAY.contains(s.normal(k + 1));
    }

    private static boolean labelled(SentenceTokens s, int k) {
        for (int back = 1; back <= 2; back++) {
            String w = s.normal(k - back);
            if (LABELS.contains(w) || isLabelWithProclitic(w)) return true;
            if (!s.is(k - back, TokenKind.ARABIC)) return false;
        }
        return false;
    }

    private static boolean isLabelWithProclitic(String w) {
        List<CliticReadings.Reading> readings = CliticReadings.readings(w);
        for (int r = 0; r < readings.size(); r++) {
            if (readings.get(r).proclitic() > 0 && LABELS.contains(readings.get(r).base())) return true;
        }
        return false;
    }
}
