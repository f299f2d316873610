package org.maqal.analysis;

import java.util.List;
import org.maqal.text.ArabicNormalizer;

/**
 * The words written before a figure that qualify it and belong with it in its text: approximations
 * before a quantity (نحو، حوالي، قرابة، زهاء، أكثر من، أقل من، ما يقارب، ما يزيد على، ما لا يقل عن)
 * and parts of a year before a year or date (أواخر، أوائل، مطلع، منتصف، نهاية، بداية، صيف، شتاء…).
 * The first word may carry a conjunction or preposition (لنحو، بنهاية), which stays out of the
 * figure's text. Immutable; thread-safe.
 */
final class Qualifiers {
    private static final List<List<String>> APPROXIMATIONS = phrases("نحو", "حوالي", "حوالى", "قرابة", "زهاء",
            "أكثر من", "أقل من", "ما يقارب", "ما يقرب من", "ما يزيد على", "ما يزيد عن", "ما لا يقل عن", "أزيد من",
            "ما يناهز", "يناهز", "يقارب", "أكثر من نحو");
    private static final List<List<String>> PARTS_OF_YEAR = phrases("أواخر", "أوائل", "أواسط", "مطلع", "منتصف",
            "نهاية", "بداية", "مستهل", "صيف", "شتاء", "ربيع", "خريف", "أواخر شهر", "مطلع شهر", "منتصف شهر",
            "نهاية شهر", "بداية شهر");

    private Qualifiers() {
    }

    private static List<List<String>> phrases(String... phrases) {
        return java.util.Arrays.stream(phrases).map(p -> List.of(ArabicNormalizer.normalize(p).split(" "))).toList();
    }

    /**
     * Where a figure's text starts once a qualifier before it is included.
     *
     * @param token     the first token of the text
     * @param proclitic letters to leave out at the start of that token
     */
    record Start(int token, int proclitic) {
    }

    /** The start of an approximation right before token {@code k}, or {@code k} itself. */
    static Start approximationBefore(SentenceTokens s, int k, int proclitic) {
        return before(s, k, proclitic, APPROXIMATIONS);
    }

    /** The start of a part of the year right before token {@code k}, or {@code k} itself. */
    static Start partOfYearBefore(SentenceTokens s, int k, int proclitic) {
        return before(s, k, proclitic, PARTS_OF_YEAR);
    }

    private static Start before(SentenceTokens s, int k, int proclitic, List<List<String>> phrases) {
        Start best = new Start(k, proclitic);
        // most phrases are one word long, so the readings of one word serve most of them: looked up once
        int readAt = -1;
        List<CliticReadings.Reading> readings = List.of();
        for (int p = 0; p < phrases.size(); p++) {
            List<String> phrase = phrases.get(p);
            int first = k - phrase.size();
            if (first < 0 || first >= best.token()) continue;
            boolean match = true;
            for (int i = 1; i < phrase.size() && match; i++) match = s.normal(first + i).equals(phrase.get(i));
            if (!match) continue;
            if (first != readAt) {
                readings = CliticReadings.readings(s.normal(first));
                readAt = first;
            }
            String head = phrase.get(0);
            for (int r = 0; r < readings.size(); r++) {
                CliticReadings.Reading reading = readings.get(r);
                if (!reading.definite() && reading.base().equals(head)) {
                    best = new Start(first, reading.proclitic());
                    break;
                }
            }
        }
        return best;
    }
}
