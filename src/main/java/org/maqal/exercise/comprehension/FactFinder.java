package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maqal.exercise.ArticleTokens;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Figure;
import org.maqal.model.Span;
import org.maqal.model.Unit;
import org.maqal.text.ArabicLetters;
import org.maqal.text.ArabicNormalizer;
import org.maqal.text.Numerals;

/**
 * Finds the facts of a sentence that a question may change, and for each the replacements that make
 * the sentence false against its article.
 * <ul>
 *   <li>A number: the one run of digits of a figure with no qualifier (أكثر من، نحو… would make a
 *       smaller or larger number still true). It is replaced by the digits of another figure of the
 *       corpus that counts the same thing, in the same range (1–2, 3–10, 11–99, 100 and more, so the
 *       counted noun still agrees) and with the same scale words (ألف، مليون).</li>
 *   <li>A year: four digits from 1900 to 2100 in a year or date figure, replaced by another year of
 *       the corpus.</li>
 *   <li>A person: a mention of a person written as their full name or their surname, with nothing
 *       attached, replaced by another person of the corpus of the same gender, in the same form (full
 *       name or a surname the corpus uses).</li>
 * </ul>
 * A replacement is kept only when it is false against the article: its digits appear nowhere in the
 * article and no figure of the article of that kind has its value; the person is not named in the
 * article at all ({@link Names#mentioned}). Built for one generation and used by one thread (it
 * remembers each article's words and numbers).
 */
final class FactFinder {
    private static final Pattern DIGITS = Pattern.compile("[0-9\u0660-\u0669]+(?:[.,\u066B][0-9\u0660-\u0669]+)?");
    private static final Pattern QUALIFIER = Pattern.compile("أكثر|اكثر|أقل|اقل|نحو|حوالي|حوالى|قرابة|زهاء|ما يزيد|ما يقارب|أزيد|ازيد|بضع");
    private static final Set<String> SCALES = Set.of("الف", "الاف", "ملايين", "مليون", "مليار", "مليارات");
    private final List<Number> numbers = new ArrayList<>();
    private final People people;
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, Set<String>> digits = new HashMap<>();

    /** A figure's run of digits, as the corpus writes it. */
    private record Number(String digits, double value, double figureValue, Unit unit, String scales, boolean year) {
    }

    FactFinder(CorpusAnalysis corpus, People people) {
        this.people = people;
        Set<String> seen = new LinkedHashSet<>();
        for (ArticleReport r : corpus.reports()) {
            for (Figure f : r.analysis().figures()) {
                Number n = number(r, f);
                if (n != null && seen.add(n.digits + "|" + n.unit + "|" + n.scales)) numbers.add(n);
            }
        }
    }

    /** The facts of one sentence with at least one replacement, in reading order. */
    List<Fact> facts(ArticleTokens article, int sentence) {
        ArticleReport r = article.report();
        List<Fact> out = new ArrayList<>();
        for (Figure f : r.analysis().figures()) {
            if (f.sentence() != sentence) continue;
            Number n = number(r, f);
            if (n == null || (!n.year && QUALIFIER.matcher(f.text()).find())) continue;
            Matcher m = DIGITS.matcher(text(r, f.span()));
            if (!m.find()) continue;
            int start = f.span().start() + m.start();
            List<String> replacements = numberReplacements(r, n);
            if (!replacements.isEmpty()) {
                out.add(new Fact(sentence, start, start + m.group().length(), m.group(), n.year ? Fact.Kind.YEAR : Fact.Kind.NUMBER, replacements));
            }
        }
        for (Entity e : r.analysis().entities()) {
            if (e.type() != EntityType.PERSON) continue;
            People.Person p = people.of(r, e);
            if (p.titled()) continue;
            for (Span m : e.mentions()) {
                if (m.sentence() != sentence || !standsAlone(r, m)) continue;
                boolean full = m.text().strip().contains(" ");
                String normal = ArabicNormalizer.normalize(m.text().strip());
                if (!normal.equals(ArabicNormalizer.normalize(e.name())) && !normal.equals(ArabicNormalizer.normalize(Names.lastWord(e.name())))) continue;
                List<String> replacements = personReplacements(r, p, full);
                if (!replacements.isEmpty()) out.add(new Fact(sentence, m.start(), m.end(), m.text(), Fact.Kind.PERSON, replacements));
            }
        }
        out.sort(Comparator.comparingInt(Fact::start));
        return out;
    }

    private List<String> numberReplacements(ArticleReport r, Number original) {
        Set<String> present = digits.computeIfAbsent(r.id(), id -> {
            Set<String> found = new HashSet<>();
            Matcher m = DIGITS.matcher(ArabicNormalizer.normalize(r.article().text()));
            while (m.find()) found.add(m.group());
            return found;
        });
        List<Number> candidates = new ArrayList<>();
        for (Number n : numbers) {
            if (n.year != original.year || (!n.year && (n.unit != original.unit || !n.scales.equals(original.scales)
                    || band(n.value) != band(original.value)))) continue;
            if (n.value == original.value || present.contains(ArabicNormalizer.normalize(n.digits))) continue;
            double scaled = original.value == 0 ? n.value : original.figureValue / original.value * n.value;
            boolean held = !n.year && r.analysis().figures().stream()
                    .anyMatch(f -> f.unit() == original.unit && Math.abs(f.value() - scaled) < 1e-6 * Math.max(1, scaled));
            if (!held && candidates.stream().noneMatch(c -> c.value == n.value)) candidates.add(n);
        }
        candidates.sort(Comparator.comparingDouble((Number n) -> Math.abs(Math.log(n.value / original.value))).thenComparing(Number::digits));
        boolean indic = original.digits.chars().anyMatch(c -> c >= 0x0660 && c <= 0x0669);
        return candidates.stream().map(n -> script(ArabicNormalizer.normalize(n.digits), indic)).toList();
    }

    private List<String> personReplacements(ArticleReport r, People.Person original, boolean full) {
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (People.Person p : people.all()) {
            if (p.titled() || p.feminine() != original.feminine() || Names.samePerson(p.name(), original.name())) continue;
            if (names.stream().anyMatch(n -> Names.samePerson(n, p.name())) || Names.mentioned(r, words(r), p.name())) continue;
            String form = full ? (p.name().contains(" ") ? p.name() : null) : p.shortForm();
            if (form == null) continue;
            names.add(p.name());
            out.add(form);
        }
        return out;
    }

    /** The normalised words of an article, remembered. */
    private Set<String> words(ArticleReport r) {
        return words.computeIfAbsent(r.id(), id -> {
            Set<String> set = new HashSet<>();
            r.analysis().tokens().forEach(t -> set.add(t.normal()));
            return set;
        });
    }

    /** Whether a mention has no letter attached before or after it (وقال راسموسن, not لراسموسن). */
    private static boolean standsAlone(ArticleReport r, Span m) {
        String text = r.article().text();
        boolean before = m.start() == 0 || !ArabicLetters.isWordPart(text.charAt(m.start() - 1));
        boolean after = m.end() >= text.length() || !ArabicLetters.isWordPart(text.charAt(m.end()));
        return before && after;
    }

    private static Number number(ArticleReport r, Figure f) {
        String written = text(r, f.span());
        Matcher m = DIGITS.matcher(written);
        if (!m.find()) return null;
        String digits = m.group();
        if (m.find()) return null;
        String normal = ArabicNormalizer.normalize(digits).replace(',', '.').replace('\u066B', '.');
        double value;
        try {
            value = Double.parseDouble(normal);
        } catch (NumberFormatException e) {
            return null;
        }
        boolean year = (f.unit() == Unit.YEAR || f.unit() == Unit.DATE) && normal.length() == 4 && value >= 1900 && value <= 2100;
        if (!year && (f.unit() == Unit.DATE || f.unit() == Unit.YEAR)) return null;
        StringBuilder scales = new StringBuilder();
        for (String w : ArabicNormalizer.normalize(written).split("\\s+")) if (SCALES.contains(w)) scales.append(w).append(' ');
        return new Number(digits, value, f.value(), f.unit(), scales.toString(), year);
    }

    private static int band(double v) {
        return v < 3 ? 0 : v <= 10 ? 1 : v < 100 ? 2 : 3;
    }

    private static String text(ArticleReport r, Span s) {
        return r.article().text().substring(s.start(), s.end());
    }

    private static String script(String asciiDigits, boolean indic) {
        return indic ? Numerals.indic(asciiDigits) : asciiDigits;
    }
}
