package org.maqal.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.SectionGenerator;
import org.maqal.model.ArticleReport;
import org.maqal.model.Instructions;
import org.maqal.model.Item;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;
import org.maqal.model.Sentence;
import org.maqal.model.Source;
import org.maqal.model.TrueFalse;

/**
 * A stand-in section generator for tests of the app: true/false items made from the articles' real
 * sentences, a different run of sentences for each seed, so the window and editor can be tested
 * before and apart from the real generators.
 */
public record FakeSections(SectionKind kind) implements SectionGenerator {

    /** A lesson generator with a fake section generator for every kind. */
    public static LessonGenerator generator() {
        return new LessonGenerator(Arrays.stream(SectionKind.values()).<SectionGenerator>map(FakeSections::new).toList(),
                Clock.systemUTC());
    }

    @Override
    public Section generate(GenerationContext context) {
        List<Item> items = new ArrayList<>();
        int first = (int) Math.floorMod(context.seed() * 3 + kind.ordinal(), 7L);
        for (ArticleReport report : context.articles()) {
            List<Sentence> sentences = report.analysis().sentences();
            for (int i = first; i < sentences.size() && items.size() < context.count(); i += 2) {
                Sentence s = sentences.get(i);
                if (s.headline()) continue;
                items.add(new TrueFalse(kind.name().toLowerCase() + "-" + report.id() + "-" + i, s.text(), true,
                        List.of(new Source(report.id(), i)), 1, ""));
            }
        }
        return new Section(kind, new Instructions("هل العبارة صحيحة؟", "Is the statement true?"), items, List.of(), List.of());
    }
}
