package org.maqal.exercise.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maqal.exercise.ArticleLabels;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.SectionGenerator;
import org.maqal.exercise.Bilingual;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.Instructions;
import org.maqal.model.Item;
import org.maqal.model.Language;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;
import org.maqal.model.Sentence;
import org.maqal.text.Numerals;

/**
 * Claim tracking: a sheet with a row per attributed claim and, for each, the other articles that
 * repeat it, contradict it or say nothing (or, for one article, its headline and its other claims),
 * then questions on the strongest contradictions and repetitions, or on the headline. Links come from
 * {@link ClaimLinks}. Stateless, thread-safe and deterministic.
 */
public final class ClaimSheetGenerator implements SectionGenerator {
    private static final Instructions INSTRUCTIONS = new Instructions(
            "تتبّع التصريحات: لكل تصريح انظر هل تكرره النصوص الأخرى أو تقول غيره أو تسكت عنه، ثم قرّر هل يمكن التحقق منه وأين،"
                    + " واكتب حكمك (مؤيَّد / مناقَض / لا يمكن الجزم) مع الدليل.",
            "Track the claims: for each claim, see whether the other texts repeat it, say otherwise or say nothing; then decide"
                    + " whether and where it can be checked, and give your verdict (supported / contradicted / cannot tell) with evidence.");

    @Override
    public SectionKind kind() {
        return SectionKind.CLAIMS;
    }

    @Override
    public Section generate(GenerationContext context) {
        List<ArticleReport> articles = context.articles();
        Language language = context.language();
        ClaimLinks links = ClaimLinks.of(articles.stream().map(ArticleReport::analysis).toList());
        List<String> skipped = new ArrayList<>();
        ArticleLabels labels = new ArticleLabels(articles, language);
        for (ArticleReport r : articles) {
            if (r.analysis().claims().isEmpty()) {
                skipped.add(Bilingual.of(language, labels.shortLabel(r.id()) + " لا ينسب كلامًا إلى أحد، فلا صفوف له.",
                        labels.shortLabel(r.id()) + " attributes nothing to anyone, so it has no rows."));
            }
        }
        if (links.claims().isEmpty()) return new Section(kind(), INSTRUCTIONS, List.of(), List.of(), skipped);
        ItemIds ids = new ItemIds();
        ClaimSheet sheet = new ClaimSheet(articles, labels, language);
        ClaimQuestions questions = new ClaimQuestions(articles, labels, language, ids);
        List<ClaimRow> all = new ArrayList<>();
        for (TrackedClaim c : links.claims()) all.add(new ClaimRow(c, context.comparesArticles() ? links.acrossArticles(c) : within(c, links)));
        List<ClaimRow> rows = ClaimSheet.choose(all, articles);
        if (rows.size() < all.size()) {
            skipped.add(Bilingual.of(language, "الورقة تحمل " + Numerals.of(rows.size(), language) + " من " + Numerals.of(all.size(), language)
                            + " تصريحًا: أكثرها صلة بالمقالات الأخرى، وواحد على الأقل من كل مقال.",
                    "The sheet holds " + rows.size() + " of " + all.size()
                            + " claims: those most linked to other texts, and at least one from each article."));
        }
        List<Item> items = new ArrayList<>();
        if (context.comparesArticles()) {
            items.add(sheet.across(rows, ids));
            items.addAll(questions.across(rows));
        } else {
            items.add(sheet.within(rows, links, ids));
            headlineQuestion(articles.get(0), rows, links, questions).ifPresent(items::add);
        }
        if (items.size() > context.count()) {
            skipped.add(Bilingual.of(language, "تُرك " + Numerals.of(items.size() - context.count(), language) + " من الأسئلة لأن القسم محدود بـ"
                            + Numerals.of(context.count(), language) + " بنود.",
                    (items.size() - context.count()) + " questions were left out: the section is limited to " + context.count() + " items."));
            items = items.subList(0, context.count());
        }
        return new Section(kind(), INSTRUCTIONS, items, List.of(), skipped);
    }

    /** For one article: the headline's link and the links to the article's other claims that are not silent. */
    private static List<Link> within(TrackedClaim c, ClaimLinks links) {
        List<Link> out = new ArrayList<>();
        links.withHeadline(c).ifPresent(out::add);
        for (TrackedClaim other : links.claims()) {
            if (other.equals(c) || other.sentence() == c.sentence()) continue;
            Link l = links.between(c, other);
            if (l.agreement() != Agreement.SILENT) out.add(l);
        }
        return out;
    }

    private static Optional<Item> headlineQuestion(ArticleReport article, List<ClaimRow> rows, ClaimLinks links,
                                                   ClaimQuestions questions) {
        ArticleAnalysis a = article.analysis();
        List<Integer> headlines = a.sentences().stream().map(Sentence::index).filter(i -> ClaimLinks.isHeadline(a, i)).toList();
        if (headlines.isEmpty()) return Optional.empty();
        List<ClaimRow> backing = rows.stream().filter(r -> !headlines.contains(r.claim().sentence()))
                .filter(r -> links.withHeadline(r.claim()).map(l -> l.agreement() == Agreement.REPEATS).orElse(false)).toList();
        return Optional.of(questions.headline(article, headlines, backing));
    }
}
