package org.maqal.exercise.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.maqal.exercise.ArticleLabels;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.WordKeys;
import org.maqal.exercise.Bilingual;
import org.maqal.model.ArticleReport;
import org.maqal.model.ItemType;
import org.maqal.model.Language;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;
import org.maqal.model.TableSheet;
import org.maqal.text.Numerals;

/**
 * The claim-tracking sheet: a row per claim (as written, speaker and role, verb, direct or indirect,
 * article, date), where the other texts repeat it, contradict it or say nothing, and three columns the
 * student fills: can it be checked and where, the verdict, the evidence. The reference cells of those
 * columns hold a first answer for the teacher. Each row's source is its claim's sentence.
 */
final class ClaimSheet {
    /** Most rows on one sheet: a student can track about this many claims in a lesson. */
    static final int MAX_ROWS = 12;
    private static final int EVIDENCE_CHARS = 200;

    private final List<ArticleReport> articles;
    private final ArticleLabels labels;
    private final Language language;

    ClaimSheet(List<ArticleReport> articles, ArticleLabels labels, Language language) {
        this.articles = articles;
        this.labels = labels;
        this.language = language;
    }

    /** The rows worth most, at least one from each article that has claims when there is room, in reading order. */
    static List<ClaimRow> choose(List<ClaimRow> rows, List<ArticleReport> articles) {
        List<ClaimRow> ranked = rows.stream().sorted(Comparator.comparingInt(ClaimRow::weight).reversed()).toList();
        Set<ClaimRow> chosen = new LinkedHashSet<>();
        for (ArticleReport a : articles) {
            ranked.stream().filter(r -> r.claim().articleId().equals(a.id())).findFirst().ifPresent(chosen::add);
        }
        for (ClaimRow r : ranked) {
            if (chosen.size() >= MAX_ROWS) break;
            chosen.add(r);
        }
        List<ClaimRow> out = new ArrayList<>(chosen);
        out = out.subList(0, Math.min(MAX_ROWS, out.size()));
        List<String> order = articles.stream().map(ArticleReport::id).toList();
        out.sort(Comparator.comparingInt((ClaimRow r) -> order.indexOf(r.claim().articleId()))
                .thenComparingInt(r -> r.claim().claim().span().start()));
        return out;
    }

    /** The sheet for rows compared across articles. */
    TableSheet across(List<ClaimRow> rows, ItemIds ids) {
        List<String> columns = new ArrayList<>(common());
        columns.addAll(List.of(say("مقالات تقول الشيء نفسه", "Articles that say the same"),
                say("مقالات تقول غير ذلك", "Articles that say otherwise"), say("مقالات لا تذكره", "Articles that say nothing")));
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ClaimRow row = rows.get(i);
            List<String> line = new ArrayList<>(commonCells(i, row));
            line.add(articlesWith(row, Agreement.REPEATS));
            line.add(articlesWith(row, Agreement.CONTRADICTS));
            line.add(articlesWith(row, Agreement.SILENT));
            line.addAll(studentCells(row, l -> labels.shortLabel(l.articleId())));
            cells.add(line);
        }
        columns.addAll(studentColumns());
        String prompt = say("تتبّع التصريحات عبر المقالات: لكل تصريح، انظر أين يتكرر وأين يُقال غيره وأين لا يُذكر، ثم اكتب هل يمكن التحقق منه وأين، وحكمك، والدليل.",
                "Track the claims across the articles: for each claim, see where it is repeated, where something else is said and where it is not mentioned; then write whether and where it can be checked, your verdict, and the evidence.");
        return sheet(rows, columns, cells, prompt, ids);
    }

    /** The sheet for the claims of one article, against its headline and its other claims. */
    TableSheet within(List<ClaimRow> rows, ClaimLinks links, ItemIds ids) {
        List<String> columns = new ArrayList<>(common());
        columns.addAll(List.of(say("العنوان", "The headline"), say("تصريحات أخرى تقول الشيء نفسه", "Other claims that say the same"),
                say("تصريحات أخرى تقول غير ذلك", "Other claims that say otherwise")));
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ClaimRow row = rows.get(i);
            List<String> line = new ArrayList<>(commonCells(i, row));
            line.add(headlineCell(row, links));
            line.add(otherClaims(rows, i, links, Agreement.REPEATS));
            line.add(otherClaims(rows, i, links, Agreement.CONTRADICTS));
            line.addAll(studentCells(row, l -> withinName(rows, l)));
            cells.add(line);
        }
        columns.addAll(studentColumns());
        String prompt = say("تتبّع تصريحات المقال: قارن كل تصريح بالعنوان وبالتصريحات الأخرى، ثم اكتب هل يمكن التحقق منه وأين، وحكمك، والدليل.",
                "Track the article's claims: compare each with the headline and with the other claims; then write whether and where it can be checked, your verdict, and the evidence.");
        return sheet(rows, columns, cells, prompt, ids);
    }

    private TableSheet sheet(List<ClaimRow> rows, List<String> columns, List<List<String>> cells, String prompt, ItemIds ids) {
        List<Source> sources = rows.stream().map(r -> new Source(r.claim().articleId(), r.claim().sentence())).toList();
        int n = columns.size();
        List<Integer> student = List.of(n - 3, n - 2, n - 1);
        String key = "claims|" + rows.stream().map(r -> r.claim().articleId() + ":" + r.claim().claim().span().start()).toList();
        return new TableSheet(ids.next(SectionKind.CLAIMS, ItemType.TABLE, key), prompt, columns, cells, student, sources,
                rows.size() * student.size(), "");
    }

    private List<String> common() {
        return List.of("#", say("التصريح كما ورد", "The claim as written"), say("القائل وصفته", "Speaker and role"),
                say("فعل الإسناد", "Reporting verb"), say("مباشر أم غير مباشر", "Direct or indirect"), say("المقال", "Article"),
                say("التاريخ", "Date"));
    }

    private List<String> studentColumns() {
        return List.of(say("هل يمكن التحقق منه؟ وأين؟", "Can it be checked? Where?"),
                say("حكمك: مؤيَّد / مناقَض / لا يمكن الجزم", "Your verdict: supported / contradicted / cannot tell"),
                say("الدليل", "Evidence"));
    }

    private List<String> commonCells(int index, ClaimRow row) {
        TrackedClaim c = row.claim();
        String speaker = c.claim().speakerRole().isEmpty() ? c.claim().speaker() : c.claim().speaker() + " (" + c.claim().speakerRole() + ")";
        ArticleReport report = articles.stream().filter(a -> a.id().equals(c.articleId())).findFirst().orElseThrow();
        return List.of(number(index + 1), c.claim().text().strip(), speaker, c.claim().verb(),
                c.claim().direct() ? say("مباشر (اقتباس)", "direct (quoted)") : say("غير مباشر", "indirect (reported)"),
                labels.shortLabel(c.articleId()), labels.date(report));
    }

    private List<String> studentCells(ClaimRow row, Function<Link, String> namer) {
        TrackedClaim c = row.claim();
        var span = c.claim().span();
        String check = Checkability.of(c, WordKeys.tokensIn(c.article(), span.start(), span.end()), language);
        return List.of(check, verdict(row, namer), evidence(row, namer));
    }

    /** In one article, a linked text is the headline or the row of the claim in that sentence. */
    private String withinName(List<ClaimRow> rows, Link link) {
        ClaimRow any = rows.get(0);
        if (ClaimLinks.isHeadline(any.claim().article(), link.sentence())) return say("العنوان", "the headline");
        for (int j = 0; j < rows.size(); j++) {
            if (rows.get(j).claim().sentence() == link.sentence()) return reference(j);
        }
        return say("الجملة ", "sentence ") + number(link.sentence() + 1);
    }

    private String verdict(ClaimRow row, Function<Link, String> namer) {
        List<String> against = namesWith(row, Agreement.CONTRADICTS, namer);
        List<String> same = namesWith(row, Agreement.REPEATS, namer);
        if (!against.isEmpty()) {
            return say("مناقَض؟ يقول غيرَه: " + list(against) + "؛ قارن التاريخ والمصدر وما يُعدّ قبل الحكم",
                    "contradicted? said otherwise in " + list(against) + "; compare dates, sources and what is counted before deciding");
        }
        if (!same.isEmpty()) {
            return say("يكرّره: " + list(same) + "؛ والتكرار وحده ليس دليلًا مستقلًا",
                    "repeated in " + list(same) + "; repetition alone is not independent evidence");
        }
        return say("لا يمكن الجزم من هذه النصوص", "cannot tell from these texts");
    }

    private String evidence(ClaimRow row, Function<Link, String> namer) {
        List<String> parts = new ArrayList<>();
        for (Link l : row.links()) {
            if (l.agreement() == Agreement.SILENT || l.sentence() < 0) continue;
            ArticleReport r = articles.stream().filter(a -> a.id().equals(l.articleId())).findFirst().orElseThrow();
            String text = r.analysis().sentence(l.sentence()).text().strip();
            if (text.length() > EVIDENCE_CHARS) text = text.substring(0, EVIDENCE_CHARS).strip() + "…";
            parts.add(namer.apply(l) + ": " + Bilingual.quote(language, text));
        }
        return String.join(" ", new LinkedHashSet<>(parts));
    }

    private String headlineCell(ClaimRow row, ClaimLinks links) {
        TrackedClaim c = row.claim();
        if (ClaimLinks.isHeadline(c.article(), c.sentence())) return say("هو نفسه في العنوان", "it is in the headline");
        return links.withHeadline(c).map(this::agreementText).orElse(say("لا عنوان في النص", "no headline in the text"));
    }

    private String agreementText(Link link) {
        return switch (link.agreement()) {
            case REPEATS -> say("يقول الشيء نفسه", "says the same");
            case CONTRADICTS -> say("يقول غير ذلك", "says otherwise");
            case SILENT -> say("لا يذكره", "says nothing of it");
        };
    }

    private String otherClaims(List<ClaimRow> rows, int index, ClaimLinks links, Agreement wanted) {
        List<String> numbers = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            if (j == index || rows.get(j).claim().sentence() == rows.get(index).claim().sentence()) continue;
            if (links.between(rows.get(index).claim(), rows.get(j).claim()).agreement() == wanted) numbers.add(reference(j));
        }
        return numbers.isEmpty() ? "—" : list(numbers);
    }

    private String articlesWith(ClaimRow row, Agreement agreement) {
        List<String> found = namesWith(row, agreement, l -> labels.shortLabel(l.articleId()));
        return found.isEmpty() ? "—" : list(found);
    }

    private static List<String> namesWith(ClaimRow row, Agreement agreement, Function<Link, String> namer) {
        return row.links().stream().filter(l -> l.agreement() == agreement).map(namer).distinct().toList();
    }

    /** How one row cites another: "#٣" in an Arabic lesson, "#3" in an English one. */
    private String reference(int row) {
        return "#" + number(row + 1);
    }

    /** A number the sheet writes itself (a row, a sentence), in the lesson's digits. */
    private String number(int n) {
        return Numerals.of(n, language);
    }

    private String say(String arabic, String english) {
        return Bilingual.of(language, arabic, english);
    }

    private String list(List<String> texts) {
        return Bilingual.list(language, texts);
    }
}
