package org.maqal.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maqal.model.TokenKind;
import org.maqal.model.Unit;
import org.maqal.text.ArabicNormalizer;

/**
 * Finds the quantity that starts at a token: a number phrase ({@link NumberReader}) with what it
 * counts after it (a unit word, "من" and a group of persons, or any noun), an approximation before
 * it, and the two patterns where the noun comes first ("السنوات السبع", "يوم واحد") or stands for
 * the number itself (the duals يومين، عامين). A number word on its own needs a noun after it (so
 * neither "الاثنين" nor "أحد الجنود" is a figure); digits on their own are a {@link Unit#COUNT}.
 * Immutable; thread-safe.
 */
final class QuantityReader {
    /** Nouns starting with و that are not a conjunction and a word ("1.2 مليون وحدة"). */
    private static final Set<String> WAW_NOUNS = words("وحدة وحدات وظيفة وظائف وثيقة وثائق ولاية ولايات وجبة وجبات"
            + " ورقة وفاة وفيات وسيلة وسائل وكالة وزير وزراء وزارة وزارات");
    /** Words that follow a number without being what it counts. */
    private static final Set<String> NOT_NOUNS = words("تقريبا فقط فحسب سنويا يوميا شهريا أسبوعيا أيضا حاليا"
            + " آخرون آخرين أخرى آخر مقابل مقارنة بحلول بموجب وفق وفقا حسب بحسب مثل حوالي قرابة زهاء");
    /** Words ending like a relative adjective that are not one. */
    private static final Set<String> NOT_ADJECTIVES = words("أخرى أخريين الأخرى حوالي حوالى");

    /** Plural denominators after a count: "ثلاثة أرباع" is three quarters. */
    private static final Map<String, Integer> DENOMINATORS = Map.of(
            ArabicNormalizer.normalize("أثلاث"), 3, ArabicNormalizer.normalize("أرباع"), 4,
            ArabicNormalizer.normalize("أخماس"), 5, ArabicNormalizer.normalize("أعشار"), 10);
    /** After a fraction, words that make it a stage of a competition: نصف نهائي is a semi-final. */
    private static final Set<String> STAGES = words("نهائي النهائي نهائية");

    private final NumberReader numbers;
    private final NumberWords numberWords;
    private final UnitWords units;
    private final MonthNames months;

    QuantityReader(NumberReader numbers, NumberWords numberWords, UnitWords units, MonthNames months) {
        this.numbers = numbers;
        this.numberWords = numberWords;
        this.units = units;
        this.months = months;
    }

    private static Set<String> words(String words) {
        return Set.copyOf(java.util.Arrays.asList(ArabicNormalizer.normalize(words).split(" ")));
    }

    /**
     * What a quantity needs of the token it starts at ({@link #at}), as {@link FigureStart} bits: a
     * number phrase, a unit noun before its number, or a dual.
     */
    int starts(String normal) {
        return (numbers.mayStartWith(normal) ? FigureStart.NUMBER : 0)
                | (CliticReadings.find(normal, this::isTimeOrPeopleUnit).isPresent() ? FigureStart.UNIT_FIRST : 0)
                | (CliticReadings.find(normal, this::isDual).isPresent() ? FigureStart.DUAL : 0);
    }

    /** A unit of time or of people, which may come before its number ({@link #nounFirst}). */
    private boolean isTimeOrPeopleUnit(String word) {
        return units.unitOf(word).map(u -> UnitWords.isDuration(u) || UnitWords.isHeadcount(u)).orElse(false);
    }

    /** A dual that stands for two of a length of time ({@link #dual}). */
    private boolean isDual(String word) {
        return units.dualOf(word).isPresent();
    }

    /**
     * The quantity whose number starts at token {@code k}, if any; {@code starts} is what
     * {@link #starts} says of that token, so that only the patterns that can begin there are tried.
     */
    Optional<Found> at(SentenceTokens s, int k, int starts) {
        if (s.is(k, TokenKind.NUMBER) && NonFigures.excluded(s, k)) return Optional.empty();
        Optional<NumberReader.Reading> read = FigureStart.any(starts, FigureStart.NUMBER) ? numbers.read(s.normals(), k) : Optional.empty();
        if (read.isEmpty()) {
            Optional<Found> nounFirst = FigureStart.any(starts, FigureStart.UNIT_FIRST) ? nounFirst(s, k) : Optional.empty();
            return nounFirst.isPresent() || !FigureStart.any(starts, FigureStart.DUAL) ? nounFirst : dual(s, k);
        }
        NumberReader.Reading n = read.get();
        if (n.definite() || n.fraction() && STAGES.contains(s.normal(k + 1))) return Optional.empty();
        if (n.spelled() && n.single() && n.value() == 1) return Optional.empty();
        int j = k + n.length();
        Integer denominator = DENOMINATORS.get(s.normal(j));
        if (denominator != null && !n.scaled() && n.value() < denominator) return Optional.of(fraction(s, k, n, denominator));
        return counted(s, k, n).map(c -> {
            Qualifiers.Start start = Qualifiers.approximationBefore(s, c.first(), n.proclitic());
            return new Found(start.token(), start.proclitic(), c.last(), n.value(), c.unit(), c.what(), n);
        });
    }

    /** What a number counts, from the tokens around it; the tokens a figure spans. */
    private record Counted(Unit unit, String what, int first, int last) {
    }

    private Optional<Counted> counted(SentenceTokens s, int k, NumberReader.Reading n) {
        int j = k + n.length();
        if (!n.spelled() && percentBefore(s, k)) return Optional.of(new Counted(Unit.PERCENT, "", k - 1, j - 1));
        Optional<UnitWords.Found> named = units.at(s.normals(), j);
        if (named.isPresent()) {
            Unit unit = named.get().unit();
            if (unit == Unit.PERCENT) return Optional.of(new Counted(unit, "", k, j + named.get().length() - 1));
            if (n.fraction() && !UnitWords.isDuration(unit)) unit = Unit.FRACTION;
            int last = withAdjective(s, j);
            return Optional.of(new Counted(unit, what(s, j, last), k, last));
        }
        Optional<Unit> partitive = partitive(s, j);
        if (partitive.isPresent()) {
            return Optional.of(new Counted(n.fraction() ? Unit.FRACTION : partitive.get(), s.written(j + 1), k, j + 1));
        }
        if (isNoun(s, j)) {
            int last = withAdjective(s, j);
            return Optional.of(new Counted(n.fraction() ? Unit.FRACTION : Unit.COUNT, what(s, j, last), k, last));
        }
        if (n.spelled() && n.single() || n.fraction()) return Optional.empty();
        if (s.normal(k - 1).equals("$") && s.touchesPrevious(k)) return Optional.of(new Counted(Unit.DOLLAR, "", k - 1, j - 1));
        return Optional.of(new Counted(Unit.COUNT, "", k, j - 1));
    }

    /** A percent sign written before the number, as right-to-left typing often leaves it: "٪2". */
    private static boolean percentBefore(SentenceTokens s, int k) {
        String sign = s.normal(k - 1);
        return (sign.equals("%") || sign.equals("٪")) && s.touchesPrevious(k)
                && !(s.is(k - 2, TokenKind.NUMBER) && s.touchesPrevious(k - 1));
    }

    /** "ثلاثة أرباع السكان": a count of parts, with what it is a part of. */
    private Found fraction(SentenceTokens s, int k, NumberReader.Reading n, int denominator) {
        int j = k + n.length();
        int last = isNoun(s, j + 1) ? j + 1 : j;
        String what = last > j ? s.written(last) : "";
        Qualifiers.Start start = Qualifiers.approximationBefore(s, k, n.proclitic());
        return new Found(start.token(), start.proclitic(), last, n.value() / denominator, Unit.FRACTION, what, n);
    }

    /** "من" and a group of persons after a number: "5000 الاف من أفراد الجيش", "300 من الجنود". */
    private Optional<Unit> partitive(SentenceTokens s, int j) {
        if (!s.normal(j).equals("من")) return Optional.empty();
        return CliticReadings.find(s.normal(j + 1), w -> units.unitOf(w).map(UnitWords::isHeadcount).orElse(false))
                .flatMap(r -> units.unitOf(r.base()));
    }

    /** A word that can be what a number counts. */
    private boolean isNoun(SentenceTokens s, int j) {
        if (!s.isContentWord(j)) return false;
        String w = s.normal(j);
        if (NOT_NOUNS.contains(w) || months.at(s.normals(), j).isPresent()) return false;
        if (numberWords.isNumberWord(w) || CliticReadings.find(w, numberWords::isNumberWord).isPresent()) return false;
        return !w.isEmpty() && (w.charAt(0) != 'و' || WAW_NOUNS.contains(w));
    }

    /** The counted noun's last token, with a relative adjective after it: "جندي أمريكي", "درجة مئوية". */
    private int withAdjective(SentenceTokens s, int noun) {
        int next = noun + 1;
        if (!s.isContentWord(next)) return noun;
        String w = s.normal(next);
        boolean relative = w.length() >= 4 && w.charAt(0) != 'و' && !NOT_ADJECTIVES.contains(w)
                && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون") || w.endsWith("يات"));
        return relative && !units.at(s.normals(), next).map(f -> !UnitWords.isHeadcount(f.unit())).orElse(false) ? next : noun;
    }

    private static String what(SentenceTokens s, int first, int last) {
        StringBuilder out = new StringBuilder(s.written(first));
        for (int i = first + 1; i <= last; i++) out.append(' ').append(s.written(i));
        return out.toString();
    }

    /** A plural unit noun with the article and a number after it: "السنوات السبع"; or a noun and واحد: "يوم واحد". */
    private Optional<Found> nounFirst(SentenceTokens s, int k) {
        Optional<CliticReadings.Reading> noun = CliticReadings.find(s.normal(k), this::isTimeOrPeopleUnit);
        if (noun.isEmpty()) return Optional.empty();
        Unit unit = units.unitOf(noun.get().base()).get();
        if (noun.get().definite()) {
            Optional<NumberWords.Reading> number = numberWords.read(s.normals(), k + 1);
            if (number.isEmpty() || !number.get().definite() || number.get().proclitic() > 0 || number.get().length() != 1
                    || number.get().value() < 3 || number.get().value() > 10) {
                return Optional.empty();
            }
            return Optional.of(new Found(k, noun.get().proclitic(), k + 1, number.get().value(), unit, s.written(k), null));
        }
        String next = s.normal(k + 1);
        if (next.equals("واحد") || next.equals("واحدا") || next.equals("واحده")) {
            return Optional.of(new Found(k, noun.get().proclitic(), k + 1, 1, unit, s.written(k), null));
        }
        return Optional.empty();
    }

    /** A dual that stands for two of a length of time: "بعد يومين", "خلال عامين". */
    private Optional<Found> dual(SentenceTokens s, int k) {
        Optional<CliticReadings.Reading> noun = CliticReadings.find(s.normal(k), this::isDual);
        if (noun.isEmpty()) return Optional.empty();
        Qualifiers.Start start = Qualifiers.approximationBefore(s, k, noun.get().proclitic());
        return Optional.of(new Found(start.token(), start.proclitic(), k, 2, units.dualOf(noun.get().base()).get(),
                s.written(k), null));
    }
}
