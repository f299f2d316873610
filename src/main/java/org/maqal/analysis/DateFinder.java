package org.maqal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maqal.model.Figure;
import org.maqal.model.TokenKind;
import org.maqal.model.Unit;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.TextPipeline;

/**
 * Finds dates and years. A date is a day and month ("18 فبراير/ شباط"), a day, month and year
 * ("3 يناير/ كانون الثاني 2020"، "6 أيلول 2024"، "12/03/2024") or a month and year ("سبتمبر 2025"،
 * "أيلول المقبل من عام 2025"), in any of the month systems of {@link MonthNames}, the second name
 * after a slash or in brackets being the same month. Its value is yyyymmdd, yyyymm or mmdd (see
 * {@link Unit#DATE}); a month without a day or year ("في سبتمبر الماضي") has no value and is not a
 * figure. The day may be an ordinal before من ("الأول من تشرين الثاني 2022"). A year is a four-digit number from 1900 to 2100 after عام / العام / سنة, or one that does
 * not count anything: not followed by a scale, a unit or, unless a preposition such as في or منذ
 * introduces it, a noun ("في 2006 و2007" are years; "2000 موظف" is a count). A part of the year
 * before it stays in the text and does not change the value ("أواخر 2017" is the year 2017).
 * Immutable; thread-safe.
 */
public final class DateFinder {
    private static final Set<String> YEAR_WORDS = words("عام سنة عامي");
    private static final Set<String> RELATIVE = words("الماضي المقبل القادم الحالي الجاري المنصرم");
    private static final Set<String> YEAR_INTRODUCERS = words("في منذ حتى بحلول قبل بعد خلال من إلى لحد بين و"
            + " مطلع أواخر أوائل منتصف نهاية بداية صيف شتاء ربيع خريف / - –");

    private final MonthNames months;
    private final OrdinalDays ordinals = OrdinalDays.standard();
    private final UnitWords units;
    private final Scales scales;

    /**
     * A finder of the given month names; the unit words and scales tell a count ("2000 موظف",
     * "2000 الاف") from a year.
     */
    public DateFinder(MonthNames months, UnitWords units, Scales scales) {
        this.months = months;
        this.units = units;
        this.scales = scales;
    }

    /** A finder with Maqal's month names, unit words and scales. */
    public static DateFinder standard() {
        return new DateFinder(MonthNames.standard(), UnitWords.standard(), Scales.standard());
    }

    private static Set<String> words(String words) {
        return Set.copyOf(java.util.Arrays.asList(ArabicNormalizer.normalize(words).split(" ")));
    }

    /** Whether a number could be a year: a four-digit integer from 1900 to 2100. */
    public static boolean isYear(Digits.Numeral n) {
        return n.isPlainInteger() && n.integerDigits() == 4 && n.value() >= 1900 && n.value() <= 2100;
    }

    /** All dates and years of a text, in reading order. */
    public List<Figure> find(TextPipeline.Text text) {
        List<Figure> out = new ArrayList<>();
        for (SentenceTokens s : SentenceTokens.of(text)) {
            for (int k = 0; k < s.size(); k++) {
                Optional<Found> found = at(s, k);
                if (found.isPresent()) {
                    Found f = found.get();
                    var span = s.span(f.first(), f.proclitic(), f.last());
                    out.add(new Figure(span.text(), f.value(), f.unit(), f.what(), span));
                    k = f.last();
                }
            }
        }
        return out;
    }

    /**
     * What a date or year needs of the token it starts at ({@link #at}), as {@link FigureStart} bits:
     * digits, an ordinal day, a month's name or a year word ("عام").
     */
    int starts(String normal) {
        return (Digits.startsWithDigit(normal) ? FigureStart.DIGITS : 0)
                | (ordinals.mayStartWith(normal) ? FigureStart.ORDINAL_DAY : 0)
                | (months.mayStartWith(normal) ? FigureStart.MONTH : 0)
                | (CliticReadings.find(normal, YEAR_WORDS::contains).isPresent() ? FigureStart.YEAR_WORD : 0);
    }

    /** The date or year that starts at token {@code k}, if one does. */
    Optional<Found> at(SentenceTokens s, int k) {
        return at(s, k, starts(s.normal(k)));
    }

    /**
     * {@link #at(SentenceTokens, int)}, where {@code starts} is what {@link #starts} says of token
     * {@code k}: only the patterns that can begin there are tried.
     */
    Optional<Found> at(SentenceTokens s, int k, int starts) {
        boolean digits = FigureStart.any(starts, FigureStart.DIGITS);
        Optional<Found> found = digits ? numericDate(s, k) : Optional.empty();
        if (found.isEmpty() && FigureStart.any(starts, FigureStart.DIGITS | FigureStart.ORDINAL_DAY)) found = dayMonth(s, k);
        if (found.isEmpty() && FigureStart.any(starts, FigureStart.MONTH)) found = monthYear(s, k);
        if (found.isEmpty() && FigureStart.any(starts, FigureStart.YEAR_WORD)) found = yearAfterWord(s, k);
        if (found.isEmpty() && digits) found = bareYear(s, k);
        return found;
    }

    private Optional<Found> numericDate(SentenceTokens s, int k) {
        String sep = s.normal(k + 1);
        if (!(sep.equals("/") || sep.equals("-")) || !s.normal(k + 3).equals(sep)) return Optional.empty();
        for (int i = k + 1; i <= k + 4; i++) if (!s.touchesPrevious(i)) return Optional.empty();
        Optional<Digits.Numeral> a = Digits.parse(s.normal(k));
        Optional<Digits.Numeral> b = Digits.parse(s.normal(k + 2));
        Optional<Digits.Numeral> c = Digits.parse(s.normal(k + 4));
        if (a.isEmpty() || b.isEmpty() || c.isEmpty()) return Optional.empty();
        boolean yearFirst = isYear(a.get());
        int year = (int) (yearFirst ? a.get().value() : c.get().value());
        int month = (int) b.get().value();
        int day = (int) (yearFirst ? c.get().value() : a.get().value());
        Digits.Numeral yearNumeral = yearFirst ? a.get() : c.get();
        if (!isYear(yearNumeral) || month < 1 || month > 12 || day < 1 || day > 31) return Optional.empty();
        return Optional.of(new Found(k, 0, k + 4, year * 10000 + month * 100 + day, Unit.DATE, "", null));
    }

    private Optional<Found> dayMonth(SentenceTokens s, int k) {
        Optional<Digits.Numeral> day = Digits.parse(s.normal(k));
        int d;
        int monthAt;
        if (day.isPresent()) {
            if (!day.get().isPlainInteger() || day.get().integerDigits() > 2 || day.get().value() < 1 || day.get().value() > 31) {
                return Optional.empty();
            }
            d = (int) day.get().value();
            monthAt = k + 1;
        } else {
            Optional<int[]> ordinal = ordinals.at(s.normals(), k);
            if (ordinal.isEmpty() || !s.normal(k + ordinal.get()[1]).equals("من")) return Optional.empty();
            d = ordinal.get()[0];
            monthAt = k + ordinal.get()[1] + 1;
        }
        Optional<MonthNames.Month> month = months.at(s.normals(), monthAt);
        if (month.isEmpty() || month.get().proclitic() > 0) return Optional.empty();
        int end = afterSecondName(s, monthAt + month.get().length());
        int m = month.get().month();
        Optional<int[]> year = year(s, end);
        if (year.isPresent()) {
            return Optional.of(new Found(k, 0, year.get()[1], year.get()[0] * 10000 + m * 100 + d, Unit.DATE, "", null));
        }
        return Optional.of(new Found(k, 0, end - 1, m * 100 + d, Unit.DATE, "", null));
    }

    private Optional<Found> monthYear(SentenceTokens s, int k) {
        Optional<MonthNames.Month> month = months.at(s.normals(), k);
        if (month.isEmpty()) return Optional.empty();
        int end = afterSecondName(s, k + month.get().length());
        Optional<int[]> year = year(s, end);
        if (year.isEmpty()) return Optional.empty();
        Qualifiers.Start start = Qualifiers.partOfYearBefore(s, k, month.get().proclitic());
        return Optional.of(new Found(start.token(), start.proclitic(), year.get()[1],
                year.get()[0] * 100 + month.get().month(), Unit.DATE, "", null));
    }

    /** Past a second name of the same month: "فبراير/ شباط", "يناير (كانون الثاني)", "اكتوبر تشرين الاول". */
    private int afterSecondName(SentenceTokens s, int j) {
        String w = s.normal(j);
        if (w.equals("/") || w.equals("(")) {
            Optional<MonthNames.Month> second = months.at(s.normals(), j + 1);
            if (second.isEmpty() || second.get().proclitic() > 0) return j;
            int end = j + 1 + second.get().length();
            return w.equals("(") && s.normal(end).equals(")") ? end + 1 : end;
        }
        Optional<MonthNames.Month> second = months.at(s.normals(), j);
        return second.isPresent() && second.get().proclitic() == 0 ? j + second.get().length() : j;
    }

    /** The year after a month: {value, last token}, past "الماضي/المقبل", "من", "عام". */
    private Optional<int[]> year(SentenceTokens s, int j) {
        int y = j;
        if (RELATIVE.contains(s.normal(y))) y++;
        if (s.normal(y).equals("من")) y++;
        if (CliticReadings.find(s.normal(y), YEAR_WORDS::contains).isPresent()) y++;
        Optional<Digits.Numeral> n = Digits.parse(s.normal(y));
        if (n.isEmpty() || !isYear(n.get())) return Optional.empty();
        int last = s.normal(y + 1).equals("م") && s.touchesPrevious(y + 1) ? y + 1 : y;
        return Optional.of(new int[] {(int) n.get().value(), last});
    }

    private Optional<Found> yearAfterWord(SentenceTokens s, int k) {
        Optional<CliticReadings.Reading> word = CliticReadings.find(s.normal(k), YEAR_WORDS::contains);
        if (word.isEmpty() || !isYearToken(s, k + 1)) return Optional.empty();
        Qualifiers.Start start = Qualifiers.partOfYearBefore(s, k, word.get().proclitic());
        return Optional.of(new Found(start.token(), start.proclitic(), k + 1, Digits.parse(s.normal(k + 1)).get().value(),
                Unit.YEAR, "", null));
    }

    private Optional<Found> bareYear(SentenceTokens s, int k) {
        if (!isYearToken(s, k) || countsSomething(s, k)) return Optional.empty();
        Qualifiers.Start start = Qualifiers.partOfYearBefore(s, k, 0);
        return Optional.of(new Found(start.token(), start.proclitic(), k, Digits.parse(s.normal(k)).get().value(),
                Unit.YEAR, "", null));
    }

    private boolean isYearToken(SentenceTokens s, int k) {
        return s.is(k, TokenKind.NUMBER) && Digits.parse(s.normal(k)).map(DateFinder::isYear).orElse(false)
                && !NonFigures.excluded(s, k);
    }

    /** Whether a year-like number is followed by what it counts. */
    private boolean countsSomething(SentenceTokens s, int k) {
        List<String> normals = s.normals();
        if (scales.of(s.normal(k + 1)).isPresent() || units.at(normals, k + 1).isPresent()) return true;
        if (s.normal(k + 1).equals("من") && CliticReadings.find(s.normal(k + 2), w -> units.unitOf(w).map(UnitWords::isHeadcount)
                .orElse(false)).isPresent()) {
            return true;
        }
        if (!s.isContentWord(k + 1)) return false;
        String before = s.normal(k - 1);
        boolean introduced = YEAR_INTRODUCERS.contains(before)
                || CliticReadings.readings(before).stream().anyMatch(r -> r.proclitic() > 0 && YEAR_INTRODUCERS.contains(r.base()));
        return !introduced;
    }
}
