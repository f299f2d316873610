package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.maqal.exercise.ArticleLabels;
import org.maqal.exercise.FigureSubject;
import org.maqal.exercise.FigureSubjects;
import org.maqal.model.ArticleReport;
import org.maqal.model.Entity;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.OpenQuestion;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.text.Numerals;

/**
 * The same figure as each article reports it: a table per group of figures that measure one thing
 * (article, outlet, date, the figure as written, who gives it, and what it counts for the student to
 * find), each followed by a question on why the figures differ, with the reasons the texts suggest.
 */
final class FigureComparison {
    private static final int MAX_GROUPS = 2;
    private static final Pattern QUOTES = Pattern.compile("[\"«»“”]");
    private static final Pattern THAT = Pattern.compile("^(أن|إن|ان|بأن|بان)\\s+");

    private final Comparing c;
    private final FigureSubjects subjects;

    FigureComparison(Comparing comparing) {
        this.c = comparing;
        this.subjects = new FigureSubjects(comparing.keys);
    }

    Part part() {
        List<FigureSubject> all = new ArrayList<>();
        for (ArticleReport r : c.articles) all.addAll(subjects.of(r.analysis()));
        List<FigureGroups.Group> groups = FigureGroups.of(all);
        List<Item> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        if (groups.isEmpty()) {
            skipped.add(c.say("الأرقام: لا يذكر مقالان رقمًا عن الشيء نفسه (الجهة والمكان والمعدود)، فلا جدول للأرقام.",
                    "figures: no two articles give a figure for the same thing (same body, place and counted noun), so there is no figure table."));
        }
        for (FigureGroups.Group g : groups.subList(0, Math.min(MAX_GROUPS, groups.size()))) {
            List<FigureSubject> rows = ordered(g.figures());
            items.add(table(rows));
            items.add(whyTheyDiffer(rows));
        }
        if (groups.size() > MAX_GROUPS) {
            skipped.add(c.say("الأرقام: " + Numerals.of(groups.size() - MAX_GROUPS, c.language) + " مجموعات أخرى من الأرقام المتقابلة لم تُستعمل.",
                    "figures: " + (groups.size() - MAX_GROUPS) + " more groups of matching figures were not used."));
        }
        return new Part(c.say("الأرقام", "figures"), items, skipped);
    }

    private List<FigureSubject> ordered(List<FigureSubject> figures) {
        List<ArticleReport> byDate = c.byDate();
        return figures.stream().sorted(Comparator.comparingInt((FigureSubject f) -> byDate.indexOf(c.report(f.articleId())))
                .thenComparingInt(f -> f.figure().span().start())).toList();
    }

    private TableSheet table(List<FigureSubject> rows) {
        List<String> columns = List.of(c.say("المقال", "Article"), c.say("الوسيلة", "Outlet"), c.say("التاريخ", "Date"),
                c.say("الرقم كما ورد", "Figure as written"), c.say("على لسان", "Given by"),
                c.say("ماذا يعدّ الرقم بالضبط؟", "What exactly does it count?"));
        List<List<String>> cells = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (FigureSubject f : rows) {
            ArticleReport r = c.report(f.articleId());
            cells.add(List.of(c.labels.label(r), c.labels.outlet(r), c.labels.date(r), f.figure().text(), givenBy(f), clause(f)));
            sources.add(new Source(f.articleId(), f.sentence()));
        }
        String prompt = c.say("كم العدد؟ يذكر كل مقال رقمًا يخص " + subject(rows)
                        + ". اقرأ كل رقم في جملته، ثم اكتب ماذا يعدّ بالضبط.",
                "How many? Each article gives a figure concerning " + subject(rows)
                        + ". Read each figure in its sentence, then write what exactly it counts.");
        String key = "figures|" + rows.stream().map(f -> f.articleId() + ":" + f.figure().span().start()).toList();
        return new TableSheet(c.ids.next(SectionKind.COMPARISON, ItemType.TABLE, key), prompt, columns, cells, List.of(5),
                sources, rows.size(), silentArticles(rows));
    }

    private OpenQuestion whyTheyDiffer(List<FigureSubject> rows) {
        List<String> figures = new ArrayList<>();
        for (FigureSubject f : rows) {
            ArticleReport r = c.report(f.articleId());
            figures.add(c.quote(f.figure().text()) + " (" + c.labels.shortLabel(r.id()) + c.say("، ", ", ") + c.labels.date(r) + ")");
        }
        String prompt = c.say("الأرقام ليست واحدة: " + c.list(figures)
                        + ". اذكر سببين على الأقل قد يفسّران الاختلاف، واستشهد بالنص.",
                "The figures are not the same: " + c.list(figures)
                        + ". Give at least two reasons that could explain the difference, quoting the texts.");
        String key = "why|" + rows.stream().map(f -> f.articleId() + ":" + f.figure().span().start()).toList();
        List<Source> sources = rows.stream().map(f -> new Source(f.articleId(), f.sentence())).distinct().toList();
        return new OpenQuestion(c.ids.next(SectionKind.COMPARISON, ItemType.OPEN_QUESTION, key), prompt,
                new FigureReasons(c).of(rows), sources, 2, "");
    }

    private String givenBy(FigureSubject f) {
        if (f.source() == null) return c.say("الكاتب، دون نسبة إلى مصدر", "the writer, with no source given");
        return f.source().speakerRole().isEmpty() ? f.source().speaker()
                : f.source().speaker() + " (" + f.source().speakerRole() + ")";
    }

    /** What the figures are about: the bodies and places they share, and what they count. */
    private String subject(List<FigureSubject> rows) {
        Set<String> bodies = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (FigureSubject f : rows) {
            for (Entity e : f.article().entities()) {
                String key = c.keys.key(e);
                boolean shared = rows.stream().filter(g -> !g.articleId().equals(f.articleId()))
                        .anyMatch(g -> g.bodies().contains(key) || g.places().contains(key));
                if (shared && f.bodies().contains(key)) bodies.add(c.quote(c.keys.displayName(e)));
                if (shared && f.places().contains(key)) places.add(c.quote(c.keys.displayName(e)));
            }
        }
        Map<String, String> counted = new LinkedHashMap<>();
        for (FigureSubject f : rows) {
            if (!f.figure().what().isBlank()) counted.putIfAbsent(f.what(), c.quote(f.figure().what()));
        }
        List<String> about = new ArrayList<>(bodies);
        about.addAll(places);
        String subject = about.isEmpty() ? c.say("الشيء نفسه", "the same thing") : c.list(about);
        return counted.isEmpty() ? subject : subject + c.say(" (المعدود: ", " (counting: ") + c.list(new ArrayList<>(counted.values())) + ")";
    }

    private String silentArticles(List<FigureSubject> rows) {
        List<String> silent = new ArrayList<>();
        for (ArticleReport r : c.articles) {
            if (rows.stream().noneMatch(f -> f.articleId().equals(r.id()))) silent.add(c.labels.shortLabel(r.id()));
        }
        if (silent.isEmpty()) return "";
        return c.say("لا يذكر هذا الرقمَ: " + c.list(silent) + ". اسأل الطلاب لماذا قد يغفله مقال.",
                "No figure for this in: " + c.list(silent) + ". Ask the students why an article might leave it out.");
    }

    /** The words around the figure, without the quotation marks and "أن" a reported clause starts with. */
    static String clause(FigureSubject f) {
        String text = QUOTES.matcher(f.context()).replaceAll("").strip();
        return THAT.matcher(text).replaceFirst("").strip();
    }

    static String dateOf(ArticleReport r) {
        return ArticleLabels.isoDate(r).orElse("");
    }
}
