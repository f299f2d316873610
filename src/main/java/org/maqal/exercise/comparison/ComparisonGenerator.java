package org.maqal.exercise.comparison;

import java.util.ArrayList;
import java.util.List;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.SectionGenerator;
import org.maqal.exercise.Bilingual;
import org.maqal.model.Instructions;
import org.maqal.model.Item;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;
import org.maqal.text.Numerals;

/**
 * Source comparison for two or more articles: the same figure as each reports it, the voices each
 * quotes and those it leaves out, the words each chooses (names, descriptions, reporting verbs),
 * what each covers, and the articles in date order. Each aspect offers its items best first; the
 * section takes the first item of every aspect, then the second, up to the item count, and shows them
 * aspect by aspect. With one article it returns an empty section that says why. Stateless,
 * thread-safe and deterministic for a seed.
 */
public final class ComparisonGenerator implements SectionGenerator {
    private static final Instructions INSTRUCTIONS = new Instructions(
            "اقرأ المقالات جنبًا إلى جنب وقارن بينها: الأرقام التي يذكرها كل مقال، ومن يتكلم فيه ومن يغيب، والكلمات التي يختارها،"
                    + " وما يغطيه وما يغفله، وترتيبها في الزمن. استشهد بالجملة التي تعتمد عليها.",
            "Read the articles side by side and compare them: the figures each gives, who speaks in each and who is missing,"
                    + " the words each chooses, what each covers and leaves out, and their order in time. Quote the sentence you rely on.");

    @Override
    public SectionKind kind() {
        return SectionKind.COMPARISON;
    }

    @Override
    public Section generate(GenerationContext context) {
        if (!context.comparesArticles()) {
            return new Section(kind(), INSTRUCTIONS, List.of(), List.of(), List.of(Bilingual.of(context.language(),
                    "المقارنة بين المصادر تحتاج إلى مقالين أو أكثر، والدرس مبني على مقال واحد.",
                    "Comparing sources needs two or more articles; this lesson is built from one.")));
        }
        Comparing comparing = new Comparing(context, context.random(kind()));
        List<Part> parts = List.of(new FigureComparison(comparing).part(), new VoiceComparison(comparing).part(),
                new FramingComparison(comparing).part(), new CoverageComparison(comparing).part(),
                new TimelineComparison(comparing).part());
        int[] taken = taken(parts, context.count());
        return new Section(kind(), INSTRUCTIONS, select(parts, taken), List.of(), skipped(parts, taken, context));
    }

    /** The first item of every part, then the second, … up to {@code count}, shown part by part. */
    private static int[] taken(List<Part> parts, int count) {
        int[] taken = new int[parts.size()];
        int total = 0;
        for (int round = 0; total < count; round++) {
            boolean any = false;
            for (int p = 0; p < parts.size() && total < count; p++) {
                if (parts.get(p).items().size() > round) {
                    taken[p]++;
                    total++;
                    any = true;
                }
            }
            if (!any) break;
        }
        return taken;
    }

    private static List<Item> select(List<Part> parts, int[] taken) {
        List<Item> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) out.addAll(parts.get(p).items().subList(0, taken[p]));
        return out;
    }

    private static List<String> skipped(List<Part> parts, int[] taken, GenerationContext context) {
        List<String> notes = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            notes.addAll(parts.get(p).skipped());
            int more = parts.get(p).items().size() - taken[p];
            if (more > 0) left.add(parts.get(p).aspect() + " " + Numerals.of(more, context.language()));
        }
        if (!left.isEmpty()) {
            notes.add(Bilingual.of(context.language(), "القسم محدود بـ" + Numerals.of(context.count(), context.language()) + " بنود، فتُرك من البنود الممكنة: ",
                    "The section is limited to " + context.count() + " items; possible items left out: ")
                    + Bilingual.list(context.language(), left) + ".");
        }
        return notes;
    }
}
