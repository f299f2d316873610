package org.maqal.exercise.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.exercise.ArticleLabels;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.Bilingual;
import org.maqal.model.ArticleReport;
import org.maqal.model.ItemType;
import org.maqal.model.Language;
import org.maqal.model.OpenQuestion;
import org.maqal.model.SectionKind;
import org.maqal.model.Source;

/**
 * Questions that follow the sheet: for a claim another article contradicts, do they really disagree;
 * for one another article repeats, how the two report it; for one article, does its body back its
 * headline. Each points to the sentences it compares; no two ask about the same pair of sentences.
 */
final class ClaimQuestions {
    private static final int PER_KIND = 2;

    private final List<ArticleReport> articles;
    private final ArticleLabels labels;
    private final Language language;
    private final ItemIds ids;

    ClaimQuestions(List<ArticleReport> articles, ArticleLabels labels, Language language, ItemIds ids) {
        this.articles = articles;
        this.labels = labels;
        this.language = language;
        this.ids = ids;
    }

    /** Questions on the strongest contradictions, then on the strongest repetitions, across articles. */
    List<OpenQuestion> across(List<ClaimRow> rows) {
        List<OpenQuestion> out = new ArrayList<>();
        out.addAll(pairs(rows, Agreement.CONTRADICTS));
        out.addAll(pairs(rows, Agreement.REPEATS));
        return out;
    }

    private List<OpenQuestion> pairs(List<ClaimRow> rows, Agreement wanted) {
        record Pair(ClaimRow row, Link link) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (ClaimRow row : rows) {
            for (Link l : row.links()) if (l.agreement() == wanted) pairs.add(new Pair(row, l));
        }
        pairs.sort((a, b) -> Double.compare(b.link().overlap(), a.link().overlap()));
        List<OpenQuestion> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Pair p : pairs) {
            TrackedClaim c = p.row().claim();
            String a = c.articleId() + ":" + c.sentence();
            String b = p.link().articleId() + ":" + p.link().sentence();
            if (out.size() == PER_KIND || seen.contains(a) || seen.contains(b)) continue;
            seen.add(a);
            seen.add(b);
            out.add(wanted == Agreement.CONTRADICTS ? disagree(c, p.link()) : compare(c, p.link()));
        }
        return out;
    }

    private OpenQuestion disagree(TrackedClaim c, Link link) {
        String prompt = say(quoteClaim(c) + "، أما " + where(link) + " ففيه: " + sentence(link)
                        + ". هل يتناقض الاثنان حقًّا؟ انظر متى قيل كلٌّ منهما، ومن قاله، وما الذي يُعدّ أو يوصف بالضبط.",
                quoteClaim(c) + "; but " + where(link) + " has: " + sentence(link)
                        + ". Do the two really contradict each other? Look at when each was said, who says it, and what exactly is counted or described.");
        String guidance = link.why() == Link.Why.FIGURE
                ? say("الرقمان لمقياس واحد بقيمتين مختلفتين؛ قد يفسّر الفرقَ التاريخُ أو أن أحدهما مخطط له أو تقديري.",
                        "The two give different values for one measure; the dates, or one being a plan or an estimate, may explain it.")
                : say("العبارة نفسها تقريبًا، منفية في أحدهما.", "Nearly the same words, negated in one of them.");
        return question("disagree", c, link, prompt, guidance);
    }

    private OpenQuestion compare(TrackedClaim c, Link link) {
        String prompt = say(quoteClaim(c) + "، وفي " + where(link) + ": " + sentence(link)
                        + ". قارن بين الروايتين: من يقول الكلام في كلٍّ منهما، وبأي فعل، وما الذي يضيفه أحدهما أو يحذفه؟",
                quoteClaim(c) + "; and in " + where(link) + ": " + sentence(link)
                        + ". Compare the two: who says it in each, with which verb, and what does one add or leave out?");
        String guidance = say("تكرار الكلام في مقالين لا يجعله صحيحًا: هل يرجع المقالان إلى مصدر واحد؟",
                "A claim repeated in two articles is not thereby true: do both go back to the same source?");
        return question("compare", c, link, prompt, guidance);
    }

    /** For one article: does the body back its headline lines? */
    OpenQuestion headline(ArticleReport article, List<Integer> headlines, List<ClaimRow> backing) {
        List<String> lines = headlines.stream().map(i -> Bilingual.quote(language, article.analysis().sentence(i).text().strip())).toList();
        List<Source> sources = new ArrayList<>();
        for (int i : headlines) sources.add(new Source(article.id(), i));
        for (ClaimRow r : backing) {
            Source s = new Source(r.claim().articleId(), r.claim().sentence());
            if (!sources.contains(s)) sources.add(s);
        }
        String shown = String.join(" / ", lines);
        String prompt = say("العنوان: " + shown + ". أيّ تصريحات المقال تدعمه؟ وهل يقول العنوان أكثر مما قاله أصحاب التصريحات؟",
                "The headline: " + shown + ". Which claims in the article back it? Does the headline say more than the speakers did?");
        List<String> speakers = backing.stream().map(r -> r.claim().claim().speaker()).distinct().toList();
        String guidance = backing.isEmpty()
                ? say("لم يُعثر على تصريح في المتن يكرر العنوان: هل هو استنتاج الكاتب؟", "No claim in the body repeats the headline: is it the writer's own conclusion?")
                : say("تصريحات في المتن تكرر بعض العنوان: " + Bilingual.list(language, speakers) + ". تحقق من كل سطر في العنوان على حدة.",
                        "Claims in the body that repeat part of the headline: " + Bilingual.list(language, speakers) + ". Check each headline line on its own.");
        return new OpenQuestion(ids.next(SectionKind.CLAIMS, ItemType.OPEN_QUESTION, "headline|" + article.id() + ":" + headlines),
                prompt, guidance, sources, 2, "");
    }

    private OpenQuestion question(String kind, TrackedClaim c, Link link, String prompt, String guidance) {
        List<Source> sources = List.of(new Source(c.articleId(), c.sentence()), new Source(link.articleId(), link.sentence()));
        String key = kind + "|" + c.articleId() + ":" + c.sentence() + "|" + link.articleId() + ":" + link.sentence();
        return new OpenQuestion(ids.next(SectionKind.CLAIMS, ItemType.OPEN_QUESTION, key), prompt, guidance, sources, 2, "");
    }

    private String quoteClaim(TrackedClaim c) {
        ArticleReport r = report(c.articleId());
        return say("في " + labels.shortLabel(c.articleId()) + " (" + labels.date(r) + ") " + c.claim().verb() + " " + c.claim().speaker() + ": ",
                "In " + labels.shortLabel(c.articleId()) + " (" + labels.date(r) + ") " + c.claim().speaker() + " says (" + c.claim().verb() + "): ")
                + Bilingual.quote(language, c.claim().text().strip());
    }

    private String where(Link link) {
        return labels.shortLabel(link.articleId()) + " (" + labels.date(report(link.articleId())) + ")";
    }

    private String sentence(Link link) {
        return Bilingual.quote(language, report(link.articleId()).analysis().sentence(link.sentence()).text().strip());
    }

    private ArticleReport report(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private String say(String arabic, String english) {
        return Bilingual.of(language, arabic, english);
    }
}
