package org.maqal.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maqal.exercise.vocabulary.TopicWords;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.Figure;
import org.maqal.model.Unit;
import org.maqal.text.ArabicNormalizer;

/**
 * Two or more articles side by side: the figures each reports (a table, and series over the articles'
 * dates for figures that two or more of them report), who is quoted in each and who is missing, and
 * which people, places, organisations and topics each covers.
 */
public final class ComparisonModel {
    /** What a coverage row is about. */
    public enum Kind { PERSON, ORGANIZATION, PLACE, TOPIC }

    /** One figure as an article reports it. */
    public record FigureRow(ArticleReport report, Figure figure) { }

    /** One article's value of a figure, at the article's date. */
    public record Point(ArticleReport report, LocalDate date, double value) { }

    /**
     * The same kind of figure across articles.
     *
     * @param label what is counted, as the articles write it ("عنصر", or the unit's name)
     */
    public record Series(String label, Unit unit, List<Point> points) { }

    /**
     * Who an article quotes.
     *
     * @param quoted  speaker to how many claims the article attributes to them, most first
     * @param missing speakers quoted by the other articles but not by this one
     */
    public record Voices(ArticleReport report, Map<String, Integer> quoted, List<String> missing) { }

    /**
     * A person, place, organisation or topic word, and how often each article mentions it (in article order).
     */
    public record CoverageRow(String name, Kind kind, List<Integer> counts) {
        public long articles() {
            return counts.stream().filter(c -> c > 0).count();
        }
    }

    private static final Set<Unit> COMPARABLE = EnumSet.of(Unit.PEOPLE, Unit.SOLDIERS, Unit.EURO, Unit.DOLLAR, Unit.MONEY,
            Unit.COUNT, Unit.PERCENT);
    private static final int COVERAGE_ROWS = 45;
    private static final int TOPIC_ROWS = 15;

    private final List<ArticleReport> reports;

    public ComparisonModel(List<ArticleReport> reports) {
        this.reports = List.copyOf(reports);
    }

    public List<ArticleReport> reports() {
        return reports;
    }

    /** Every figure the articles report, article by article, dates and years left out. */
    public List<FigureRow> figures() {
        List<FigureRow> rows = new ArrayList<>();
        for (ArticleReport r : reports) {
            for (Figure f : r.analysis().figures()) {
                if (f.unit() != Unit.DATE && f.unit() != Unit.YEAR) rows.add(new FigureRow(r, f));
            }
        }
        return rows;
    }

    /**
     * Series of figures of one kind (unit and counted noun) that at least two dated articles report; each
     * article gives its largest value of that kind; points in date order.
     */
    public List<Series> series() {
        Map<String, Map<ArticleReport, Double>> byKey = new LinkedHashMap<>();
        Map<String, Figure> firstOf = new LinkedHashMap<>();
        for (FigureRow row : figures()) {
            Figure f = row.figure();
            if (!COMPARABLE.contains(f.unit()) || date(row.report()).isEmpty()) continue;
            String key = f.unit() + "|" + ArabicNormalizer.normalize(f.what());
            byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(row.report(), f.value(), Math::max);
            firstOf.putIfAbsent(key, f);
        }
        List<Series> series = new ArrayList<>();
        byKey.forEach((key, values) -> {
            if (values.size() < 2) return;
            Figure f = firstOf.get(key);
            List<Point> points = values.entrySet().stream()
                    .map(e -> new Point(e.getKey(), date(e.getKey()).orElseThrow(), e.getValue()))
                    .sorted(Comparator.comparing(Point::date)).toList();
            series.add(new Series(f.what().isEmpty() ? f.unit().label() : f.what(), f.unit(), points));
        });
        return series;
    }

    /** Who each article quotes, and whom the others quote that it does not. */
    public List<Voices> voices() {
        List<Map<String, Integer>> quoted = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ArticleReport r : reports) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Claim c : r.analysis().claims()) {
                if (c.speaker().isBlank()) continue;
                String key = ArabicNormalizer.normalize(c.speaker().strip());
                names.putIfAbsent(key, c.speaker().strip());
                counts.merge(key, 1, Integer::sum);
            }
            quoted.add(counts);
        }
        List<Voices> voices = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Map<String, Integer> own = quoted.get(i);
            Map<String, Integer> shown = new LinkedHashMap<>();
            own.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> shown.put(names.get(e.getKey()), e.getValue()));
            List<String> missing = names.keySet().stream().filter(k -> !own.containsKey(k)).map(names::get).toList();
            voices.add(new Voices(reports.get(i), shown, missing));
        }
        return voices;
    }

    /**
     * The people, places and organisations of the articles, those most shared first (at most
     * {@value #COVERAGE_ROWS}), then their topic words ({@link TopicWords}: at most {@value #TOPIC_ROWS}),
     * each with every article's number of mentions.
     */
    public List<CoverageRow> coverage() {
        Map<String, CoverageRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            for (Entity e : reports.get(i).analysis().entities()) {
                add(rows, e.name(), Kind.valueOf(e.type().name()), i, e.mentions().size());
            }
        }
        List<CoverageRow> out = new ArrayList<>(rows.values().stream()
                .sorted(Comparator.comparingLong(CoverageRow::articles).reversed()
                        .thenComparing(Comparator.comparingInt((CoverageRow c) -> c.counts().stream().mapToInt(Integer::intValue).sum()).reversed()))
                .limit(COVERAGE_ROWS).toList());
        if (!reports.isEmpty()) {
            for (TopicWords.Topic t : TopicWords.of(reports, TOPIC_ROWS)) out.add(new CoverageRow(t.headword(), Kind.TOPIC, t.counts()));
        }
        return out;
    }

    private void add(Map<String, CoverageRow> rows, String name, Kind kind, int article, int count) {
        String key = kind + "|" + ArabicNormalizer.normalize(name);
        CoverageRow row = rows.computeIfAbsent(key, k -> new CoverageRow(name, kind, zeros()));
        List<Integer> counts = new ArrayList<>(row.counts());
        counts.set(article, counts.get(article) + count);
        rows.put(key, new CoverageRow(row.name(), kind, counts));
    }

    private List<Integer> zeros() {
        List<Integer> z = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) z.add(0);
        return z;
    }

    /** An article's date as a day: {@code 2011-12} is the first of December 2011; empty when unknown. */
    public static Optional<LocalDate> date(ArticleReport report) {
        String d = report.article().metadata().date().value();
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(LocalDate.parse(d));
            if (d.matches("\\d{4}-\\d{2}")) return Optional.of(LocalDate.parse(d + "-01"));
            if (d.matches("\\d{4}")) return Optional.of(LocalDate.parse(d + "-01-01"));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
