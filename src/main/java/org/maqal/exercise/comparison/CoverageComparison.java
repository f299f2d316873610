package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.OpenQuestion;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.text.Numerals;

/**
 * Coverage: which people, places and bodies appear in which article (a matrix the student fills), and
 * blindspot questions on what one article leaves out that others cover. An article is said to leave
 * something out only when none of its names occurs in it; an article written before all those that
 * mention it is asked about with that in mind.
 */
final class CoverageComparison {
    private static final int MAX_ROWS = 12;
    private static final int MAX_EVERYWHERE = 2;
    private static final int MAX_SINGLE = 3;
    private static final int MAX_BLINDSPOTS = 2;

    /** One entity across the lesson: its entity in each article that analysis found it in, and where it is named at all. */
    private record Row(String key, String name, EntityType type, Map<String, Entity> found, List<String> named) {
        int mentions() {
            return found.values().stream().mapToInt(e -> e.mentions().size()).sum();
        }
    }

    private final Comparing c;

    CoverageComparison(Comparing comparing) {
        this.c = comparing;
    }

    Part part() {
        List<Row> rows = chosen(rows());
        List<Item> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (rows.size() < 2) {
            skipped.add(c.say("التغطية: لا يكفي ما تسمّيه المقالات من أشخاص وأماكن وجهات لجدول.",
                    "coverage: the articles name too few people, places and bodies for a table."));
            return new Part(c.say("التغطية", "coverage"), items, skipped);
        }
        items.add(matrix(rows));
        items.addAll(blindspots(rows));
        return new Part(c.say("التغطية", "coverage"), items, skipped);
    }

    private List<Row> rows() {
        Map<String, Map<String, Entity>> byKey = new LinkedHashMap<>();
        for (ArticleReport r : c.articles) {
            for (Entity e : r.analysis().entities()) byKey.computeIfAbsent(c.keys.key(e), k -> new LinkedHashMap<>()).putIfAbsent(r.id(), e);
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Entity>> e : byKey.entrySet()) {
            Entity any = e.getValue().values().iterator().next();
            List<String> named = c.articles.stream()
                    .filter(r -> e.getValue().containsKey(r.id()) || c.keys.namedIn(any, r.analysis())).map(ArticleReport::id).toList();
            out.add(new Row(e.getKey(), c.keys.displayName(any), any.type(), e.getValue(), named));
        }
        return out;
    }

    /** Entities some but not all articles name first, then a few all name, then a few only one names often. */
    private List<Row> chosen(List<Row> rows) {
        int n = c.articles.size();
        Comparator<Row> byWeight = Comparator.comparingInt((Row r) -> r.named().size()).reversed()
                .thenComparing(Comparator.comparingInt(Row::mentions).reversed());
        List<Row> out = new ArrayList<>(rows.stream().filter(r -> r.named().size() > 1 && r.named().size() < n).sorted(byWeight).toList());
        out.addAll(rows.stream().filter(r -> r.named().size() == n && n > 1).sorted(byWeight).limit(MAX_EVERYWHERE).toList());
        out.addAll(rows.stream().filter(r -> r.named().size() == 1 && r.mentions() > 1).sorted(byWeight).limit(MAX_SINGLE).toList());
        return out.subList(0, Math.min(MAX_ROWS, out.size()));
    }

    private TableSheet matrix(List<Row> rows) {
        List<String> columns = new ArrayList<>();
        columns.add(c.say("الاسم", "Name"));
        columns.add(c.say("النوع", "Kind"));
        List<Integer> student = new ArrayList<>();
        for (ArticleReport r : c.articles) {
            student.add(columns.size());
            columns.add(c.labels.shortLabel(r.id()));
        }
        List<List<String>> cells = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(row.name(), typeLabel(row.type())));
            for (ArticleReport r : c.articles) {
                Entity e = row.found().get(r.id());
                if (e != null) line.add(c.say("نعم", "yes") + " (" + Numerals.of(e.mentions().size(), c.language) + ")");
                else line.add(row.named().contains(r.id()) ? c.say("نعم", "yes") : "—");
            }
            cells.add(line);
            String first = c.articles.stream().map(ArticleReport::id).filter(row.found()::containsKey).findFirst().orElseThrow();
            sources.add(new Source(first, row.found().get(first).mentions().get(0).sentence()));
        }
        String prompt = c.say("من وماذا يظهر في كل مقال؟ ضع علامة في خانة كل مقال يذكر الاسم، واكتب كم مرة إن استطعت.",
                "Who and what appears in each article? Mark each article that names it, and how often if you can.");
        return new TableSheet(c.ids.next(SectionKind.COMPARISON, ItemType.TABLE, "coverage|" + rows.stream().map(Row::key).toList()),
                prompt, columns, cells, student, sources, rows.size(), "");
    }

    private List<OpenQuestion> blindspots(List<Row> rows) {
        record Gap(ArticleReport article, Row row, int when) {
            boolean outside() {
                return when != 0;
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (Row row : rows) {
            if (row.named().size() < 2) continue;
            Entity any = row.found().values().iterator().next();
            for (ArticleReport r : c.articles) {
                if (row.named().contains(r.id()) || c.keys.mayMention(any, r.analysis())) continue;
                gaps.add(new Gap(r, row, when(r, row)));
            }
        }
        gaps.sort(Comparator.comparing(Gap::outside).thenComparing(g -> g.row().type() == EntityType.PLACE)
                .thenComparing(g -> -g.row().named().size())
                .thenComparing(g -> -g.row().mentions()));
        List<OpenQuestion> out = new ArrayList<>();
        List<ArticleReport> asked = new ArrayList<>();
        List<Row> askedAbout = new ArrayList<>();
        for (Gap g : gaps) {
            if (out.size() == MAX_BLINDSPOTS || asked.contains(g.article()) || askedAbout.contains(g.row())) continue;
            asked.add(g.article());
            askedAbout.add(g.row());
            out.add(blindspot(g.article(), g.row(), g.when()));
        }
        return out;
    }

    /** -1 when the article is older than every article naming the row, 1 when newer, else 0. */
    private int when(ArticleReport article, Row row) {
        String date = FigureComparison.dateOf(article);
        List<String> others = row.named().stream().map(id -> FigureComparison.dateOf(c.report(id))).toList();
        if (date.isEmpty() || others.stream().anyMatch(String::isEmpty)) return 0;
        if (others.stream().allMatch(d -> date.compareTo(d) < 0)) return -1;
        if (others.stream().allMatch(d -> date.compareTo(d) > 0)) return 1;
        return 0;
    }

    private OpenQuestion blindspot(ArticleReport article, Row row, int when) {
        List<String> where = row.named().stream().map(c.labels::shortLabel).toList();
        String prompt = c.say("يرد اسم " + c.quote(row.name()) + " في " + c.list(where) + "، ولا يذكره " + c.labels.label(article)
                        + ". ماذا يفوت قارئَ هذا المقال وحده؟ ولماذا قد يكون الكاتب أغفله؟",
                c.quote(row.name()) + " appears in " + c.list(where) + ", but " + c.labels.label(article)
                        + " never mentions it. What does a reader of that article alone miss, and why might the writer have left it out?");
        List<Source> sources = new ArrayList<>();
        for (String id : row.named()) {
            Entity e = row.found().get(id);
            if (e != null) sources.add(new Source(id, e.mentions().get(0).sentence()));
        }
        String label = c.labels.shortLabel(article.id()) + " (" + c.labels.date(article) + ")";
        String guidance = when < 0
                ? c.say("انتبه: " + label + " أقدم من كل المقالات التي تذكره؛ فهل كان جزءًا من القصة يومها؟ ليس كل غياب إغفالًا.",
                        "Careful: " + label + " is older than every article that mentions it; was it part of the story then? Not every absence is a blindspot.")
                : when > 0
                ? c.say("انتبه: " + label + " أحدث من كل المقالات التي تذكره؛ فهل ما زال جزءًا من القصة؟ ليس كل غياب إغفالًا.",
                        "Careful: " + label + " is newer than every article that mentions it; is it still part of the story? Not every absence is a blindspot.")
                : c.say("تحقق مما تقوله المقالات الأخرى عنه، وهل يغيّر غيابه فهم القصة.",
                        "Check what the other articles say about it, and whether its absence changes how the story reads.");
        return new OpenQuestion(c.ids.next(SectionKind.COMPARISON, ItemType.OPEN_QUESTION, "blindspot|" + article.id() + "|" + row.key()),
                prompt, guidance, sources, 2, "");
    }

    private String typeLabel(EntityType type) {
        return switch (type) {
            case PERSON -> c.say("شخص", "person");
            case PLACE -> c.say("مكان", "place");
            case ORGANIZATION -> c.say("جهة", "body");
        };
    }
}
