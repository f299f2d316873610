package org.maqal.exercise;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maqal.exercise.claims.ClaimSheetGenerator;
import org.maqal.exercise.comparison.ComparisonGenerator;
import org.maqal.exercise.comprehension.ComprehensionGenerator;
import org.maqal.exercise.vocabulary.VocabularyGenerator;
import org.maqal.model.ArticleRef;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;

/**
 * Builds a lesson from analysed articles: one section per requested kind, in {@link SectionKind}
 * order, each from its {@link SectionGenerator}. Deterministic for a given request (the creation
 * time aside). Thread-safe. Stops early, with {@link GenerationCancelledException}, when its thread is
 * interrupted.
 */
public final class LessonGenerator {
    private final Map<SectionKind, SectionGenerator> generators = new EnumMap<>(SectionKind.class);
    private final Clock clock;

    public LessonGenerator(List<SectionGenerator> generators, Clock clock) {
        for (SectionGenerator g : generators) this.generators.put(g.kind(), g);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The four generators Maqal ships. */
    public static LessonGenerator standard() {
        return new LessonGenerator(List.of(new VocabularyGenerator(), new ComprehensionGenerator(),
                new ComparisonGenerator(), new ClaimSheetGenerator()), Clock.systemUTC());
    }

    /**
     * The lesson the request asks for.
     *
     * @param corpus   the analysis of the whole corpus (the request's articles must be in it)
     * @param request  articles, kinds, count, seed, language
     * @param glosses  the glossary: headword to gloss
     * @param progress told after each section
     * @throws IllegalArgumentException when a requested article is not in the corpus
     * @throws GenerationCancelledException when the thread is interrupted
     */
    public Lesson generate(CorpusAnalysis corpus, LessonRequest request, Map<String, String> glosses, Progress progress) {
        List<ArticleReport> chosen = chosen(corpus, request.articleIds());
        GenerationContext context = new GenerationContext(corpus, chosen, glosses, request.count(), request.seed(),
                request.language());
        List<SectionKind> kinds = request.kinds().stream().sorted().toList();
        List<Section> sections = new ArrayList<>();
        for (SectionKind kind : kinds) {
            if (Thread.currentThread().isInterrupted()) throw new GenerationCancelledException();
            SectionGenerator generator = generators.get(kind);
            if (generator == null) throw new IllegalStateException("no generator for " + kind);
            sections.add(generator.generate(context));
            progress.update(sections.size(), kinds.size());
        }
        List<ArticleRef> refs = chosen.stream().map(r -> ArticleRefs.of(r.article())).toList();
        String title = request.title().isEmpty() ? LessonTitles.of(chosen, request.language()) : request.title();
        return new Lesson(LessonTitles.id(title, request.seed()), title, request.language(), refs, sections,
                request.seed(), clock.instant());
    }

    /** The generator for one kind, for regenerating a section or an item. */
    public SectionGenerator generator(SectionKind kind) {
        SectionGenerator g = generators.get(kind);
        if (g == null) throw new IllegalArgumentException("no generator for " + kind);
        return g;
    }

    private static List<ArticleReport> chosen(CorpusAnalysis corpus, List<String> ids) {
        if (ids.isEmpty()) return corpus.reports();
        List<ArticleReport> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(corpus.report(id).orElseThrow(() ->
                    new IllegalArgumentException("article " + id + " is not in the corpus")));
        }
        return chosen;
    }

    /** Language-neutral helper for callers that only know a language code. */
    public static Language language(String code) {
        return "en".equalsIgnoreCase(code) ? Language.EN : Language.AR;
    }
}
