package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maqal.exercise.ArticleLabels;
import org.maqal.model.ArticleReport;
import org.maqal.model.Figure;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Ordering;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.Unit;

/**
 * The articles in date order: an ordering item whose answer is the order of their dates, each article
 * pointing to the sentence with the latest date it mentions, the clue a student can reason from.
 * Articles of the same date are one entry; undated articles are left out and named in the skip notes.
 */
final class TimelineComparison {
    private final Comparing c;

    TimelineComparison(Comparing comparing) {
        this.c = comparing;
    }

    Part part() {
        Map<String, List<ArticleReport>> byDate = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (ArticleReport r : c.byDate()) {
            String date = ArticleLabels.isoDate(r).orElse("");
            if (r.analysis().sentences().isEmpty()) continue;
            if (date.isEmpty()) {
                skipped.add(c.say("الخط الزمني: " + c.labels.shortLabel(r.id()) + " بلا تاريخ، فلم يدخل الترتيب.",
                        "timeline: " + c.labels.shortLabel(r.id()) + " has no date, so it is not in the ordering."));
            } else {
                byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(r);
            }
        }
        if (byDate.size() < 2) {
            skipped.add(c.say("الخط الزمني: لا يوجد تاريخان مختلفان للمقالات، فلا ترتيب.",
                    "timeline: the articles do not have two different dates, so there is nothing to order."));
            return new Part(c.say("الخط الزمني", "timeline"), List.of(), skipped);
        }
        List<String> answer = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, List<ArticleReport>> e : byDate.entrySet()) {
            answer.add(String.join(c.say(" و", " and "), e.getValue().stream().map(c.labels::label).toList()));
            for (ArticleReport r : e.getValue()) {
                Figure clue = latestDate(r);
                sources.add(new Source(r.id(), clue == null ? 0 : clue.sentence()));
                notes.add(c.labels.shortLabel(r.id()) + ": " + c.labels.date(r)
                        + (clue == null ? "" : c.say("، والدليل ", ", clue ") + c.quote(clue.text())));
            }
        }
        if (byDate.values().stream().anyMatch(l -> l.size() > 1)) {
            skipped.add(c.say("الخط الزمني: مقالات من التاريخ نفسه جُمعت في بند واحد.",
                    "timeline: articles of the same date share one entry."));
        }
        List<String> options = shuffled(answer);
        String prompt = c.say("رتّب المقالات من الأقدم إلى الأحدث، مستعينًا بالأحداث والتواريخ التي يذكرها كل منها.",
                "Put the articles in order from oldest to newest, using the events and dates each one mentions.");
        Ordering ordering = new Ordering(c.ids.next(SectionKind.COMPARISON, ItemType.ORDERING, "timeline|" + byDate.keySet()),
                prompt, answer, options, sources.stream().distinct().toList(), 2, String.join(c.say("؛ ", "; "), notes));
        List<Item> items = List.of(ordering);
        return new Part(c.say("الخط الزمني", "timeline"), items, skipped);
    }

    private List<String> shuffled(List<String> answer) {
        List<String> options = new ArrayList<>(answer);
        Collections.shuffle(options, c.random);
        if (options.equals(answer)) Collections.rotate(options, 1);
        return options;
    }

    /** The mention of the latest dated event (a year or a dated day or month) in the article, or null. */
    private static Figure latestDate(ArticleReport r) {
        Figure best = null;
        double bestValue = 0;
        for (Figure f : r.analysis().figures()) {
            double value = switch (f.unit()) {
                case YEAR -> f.value() * 10_000;
                case DATE -> f.value() >= 19_000_000 ? f.value() : f.value() >= 190_000 ? f.value() * 100 : -1;
                default -> -1;
            };
            if (f.unit() == Unit.YEAR || value > 0) {
                if (value > bestValue) {
                    best = f;
                    bestValue = value;
                }
            }
        }
        return best;
    }
}
