package org.maqal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maqal.model.Figure;
import org.maqal.model.Span;
import org.maqal.model.TokenList;
import org.maqal.model.Unit;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.TextPipeline;
import org.maqal.text.WordMemo;

/**
 * Finds the figures an article reports: counts of people and things, amounts of money,
 * percentages, lengths of time, years and dates, written in digits (ASCII or Arabic-Indic), in
 * words, or both ("4 آلاف عنصر", "عشرة الاف شرطي", "17.7 مليون يورو", "خمسة عشر شهرا",
 * "3 يناير/ كانون الثاني 2020"). Each figure keeps its text as written, from an approximation
 * (نحو، أكثر من) or a part of the year (أواخر) before it to its counted noun; its value; its unit;
 * the counted noun; and its span with the sentence it is in. Model names, codes, phone numbers,
 * scores, times of day and labels are left out ({@code اف-16}, {@code كوفيد-19}, {@code K24}).
 *
 * <p>Dates and years come first ({@link DateFinder}), then quantities. Two kinds of ellipsis are
 * resolved within a sentence: a number after و takes the unit of the figure just before it
 * ("2500 جندي في العراق و900 في سوريا": 900 soldiers), and a number before و / أو / إلى takes the
 * scale and unit of the one after it ("بين 4 و5 ملايين طن": 4 million tonnes).
 *
 * <p>Values follow {@link Unit}: a scale is applied (17700000); a date is yyyymmdd, yyyymm or mmdd
 * ("18 فبراير" has no year: 218); a year qualified by أواخر or صيف keeps its plain value. A plural
 * scale after a count already at least as large is read as a restatement, so article 000's
 * "أكثر من 5000 الاف من أفراد الجيش" is 5000 (see {@link Scales}). Approximate plurals (عشرات،
 * مئات، الآلاف) and months without a day or year have no value and are not figures.
 *
 * <p>Thread-safe: it holds immutable word lists and a memo of what each word met can start; build one
 * and share it.
 */
public final class FigureExtractor {
    private static final int ELLIPSIS_REACH = 8;
    private static final Set<String> RANGE_JOINERS = Set.of("و", ArabicNormalizer.normalize("أو"),
            ArabicNormalizer.normalize("إلى"), "-", "–");

    private final DateFinder dates;
    private final QuantityReader quantities;
    private final WordMemo<Byte> patterns;

    /** An extractor built from its word lists. */
    public FigureExtractor(DateFinder dates, NumberWords numberWords, Scales scales, UnitWords units, MonthNames months) {
        this.dates = dates;
        this.quantities = new QuantityReader(new NumberReader(numberWords, scales), numberWords, units, months);
        this.patterns = WordMemo.of(w -> (byte) (this.dates.starts(w) | this.quantities.starts(w)));
    }

    /** The extractor with Maqal's own number words, scales, unit words and month names. */
    public static FigureExtractor standard() {
        UnitWords units = UnitWords.standard();
        Scales scales = Scales.standard();
        MonthNames months = MonthNames.standard();
        return new FigureExtractor(new DateFinder(months, units, scales), NumberWords.standard(), scales, units, months);
    }

    /** The figures of a processed text, in reading order. */
    public List<Figure> extract(TextPipeline.Text text) {
        TokenList tokens = TokenList.copyOf(text.tokens());
        byte[] starts = new byte[tokens.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = starts(tokens.normal(i));
        return extract(text, starts);
    }

    /**
     * Which dates and quantities may start at a token with this normal form, as {@link FigureStart}
     * bits (0 when none can); remembered for each word.
     */
    byte starts(String normal) {
        return patterns.get(normal);
    }

    /** {@link #extract(TextPipeline.Text)}, where {@code starts} holds for each token what {@link #starts} says of its normal form. */
    List<Figure> extract(TextPipeline.Text text, byte[] starts) {
        List<Figure> out = new ArrayList<>();
        for (SentenceTokens s : SentenceTokens.of(text)) {
            List<Found> found = find(s, starts);
            resolveEllipsis(s, found);
            for (Found f : found) {
                Span span = s.span(f.first(), f.proclitic(), f.last());
                out.add(new Figure(span.text(), f.value(), f.unit(), f.what(), span));
            }
        }
        return List.copyOf(out);
    }

    private List<Found> find(SentenceTokens s, byte[] starts) {
        List<Found> found = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) {
            int mayStart = starts[s.first() + k];
            if (mayStart == 0) continue;
            Optional<Found> f = dates.at(s, k, mayStart);
            if (f.isEmpty()) f = quantities.at(s, k, mayStart);
            if (f.isPresent() && f.get().first() > lastOf(found)) {
                found.add(f.get());
                k = f.get().last();
            }
        }
        return found;
    }

    private static int lastOf(List<Found> found) {
        return found.isEmpty() ? -1 : found.get(found.size() - 1).last();
    }

    private static void resolveEllipsis(SentenceTokens s, List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (!f.bare() || f.number() == null || f.number().spelled()) continue;
            if (i + 1 < found.size() && joinsRange(s, f, found.get(i + 1))) {
                Found next = found.get(i + 1);
                double scale = next.number().scaled() ? next.number().scale() : 1;
                found.set(i, f.with(f.value() * scale, next.unit()));
            } else if (i > 0 && s.normal(f.first() - 1).equals("و") && carriesUnit(found.get(i - 1))
                    && found.get(i - 1).last() >= f.first() - ELLIPSIS_REACH) {
                found.set(i, f.with(f.value(), found.get(i - 1).unit()));
            }
        }
    }

    /** "4 و5 ملايين طن", "بين 3 و5 سنوات": a bare number, a joiner, and a larger scaled or counted number. */
    private static boolean joinsRange(SentenceTokens s, Found bare, Found next) {
        if (next.number() == null || next.first() != bare.last() + 2 || !RANGE_JOINERS.contains(s.normal(bare.last() + 1))) {
            return false;
        }
        if (bare.number().scaled() || bare.value() >= next.number().count()) return false;
        return next.number().scaled() || !next.bare();
    }

    private static boolean carriesUnit(Found f) {
        return f.unit() != Unit.YEAR && f.unit() != Unit.DATE && f.unit() != Unit.COUNT && f.unit() != Unit.FRACTION;
    }
}
