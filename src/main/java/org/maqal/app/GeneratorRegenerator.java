package org.maqal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.model.ArticleRef;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Section;

/** Regenerates through the section's own generator, on the corpus as it is loaded now. */
public final class GeneratorRegenerator implements ItemRegenerator {
    private final LessonGenerator generator;
    private final Supplier<Optional<CorpusAnalysis>> corpus;
    private final Supplier<Map<String, String>> glosses;

    public GeneratorRegenerator(LessonGenerator generator, Supplier<Optional<CorpusAnalysis>> corpus,
                                Supplier<Map<String, String>> glosses) {
        this.generator = generator;
        this.corpus = corpus;
        this.glosses = glosses;
    }

    @Override
    public List<Item> candidates(Lesson lesson, Section section, long seed) {
        Optional<CorpusAnalysis> analysis = corpus.get();
        if (analysis.isEmpty()) return List.of();
        List<ArticleReport> reports = new ArrayList<>();
        for (ArticleRef ref : lesson.articles()) analysis.get().report(ref.id()).ifPresent(reports::add);
        if (reports.isEmpty()) return List.of();
        int count = Math.max(LessonRequest.DEFAULT_COUNT, section.items().size() * 2);
        GenerationContext context = new GenerationContext(analysis.get(), reports, glosses.get(), count, seed, lesson.language());
        return generator.generator(section.kind()).generate(context).items();
    }
}
