package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.corpus.ArticleImporter;
import org.maqal.corpus.CorpusReader;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.SectionGenerator;
import org.maqal.model.ArticleRef;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.SectionKind;
import org.maqal.testing.FakeSections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builder asks for what the teacher chose, reports progress, and stops when cancelled. */
class LessonBuilderModelTest {
    private final FakeDialogs dialogs = new FakeDialogs();
    private final TaskRunner here = TaskRunner.callingThread();
    private final List<Lesson> generated = new ArrayList<>();
    private CorpusModel corpus;

    @BeforeEach
    void loadCorpus() {
        corpus = new CorpusModel(Path.of("corpus"), new CorpusReader(), CorpusAnalyzer.standard(), new ArticleImporter(), here, dialogs);
        corpus.load();
    }

    private LessonBuilderModel builder(LessonGenerator generator) {
        return new LessonBuilderModel(corpus, generator, Map::of, here, dialogs);
    }

    @Test
    void generatesALessonFromTheChosenArticlesAndKinds() {
        LessonBuilderModel builder = builder(FakeSections.generator());
        String a = corpus.articles().get(1).id();
        String b = corpus.articles().get(4).id();
        builder.setArticleIds(List.of(a, b));
        builder.setKind(SectionKind.CLAIMS, false);
        builder.setCount(3);
        List<Integer> progress = new ArrayList<>();
        builder.listeners().subscribe(() -> progress.add(builder.task().done()));
        assertThat(builder.generate(generated::add)).isTrue();
        Lesson lesson = generated.get(0);
        assertThat(lesson.articles()).extracting(ArticleRef::id).containsExactly(a, b);
        assertThat(lesson.sections()).extracting(s -> s.kind())
                .containsExactly(SectionKind.VOCABULARY, SectionKind.COMPREHENSION, SectionKind.COMPARISON);
        assertThat(lesson.sections()).allSatisfy(s -> assertThat(s.items()).hasSize(3));
        assertThat(progress).contains(1, 2, 3);
        assertThat(builder.task().running()).isFalse();
    }

    @Test
    void cancellingStopsGenerationAndDeliversNoLesson() {
        LessonBuilderModel builder = builder(FakeSections.generator());
        builder.setArticleIds(List.of(corpus.articles().get(0).id()));
        builder.listeners().subscribe(() -> {
            if (builder.task().running() && builder.task().done() == 1) builder.task().cancel();
        });
        builder.generate(generated::add);
        assertThat(generated).isEmpty();
        assertThat(builder.task().running()).isFalse();
        assertThat(builder.task().done()).isEqualTo(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void refusesWithoutArticlesOrKinds() {
        LessonBuilderModel builder = builder(FakeSections.generator());
        for (SectionKind k : SectionKind.values()) builder.setKind(k, false);
        assertThat(builder.generate(generated::add)).isFalse();
        assertThat(dialogs.errors).singleElement().asString()
                .contains("Choose at least one article.").contains("Choose at least one kind of section.");
        assertThat(generated).isEmpty();
    }

    @Test
    void aGeneratorFailureIsShownToTheTeacher() {
        LessonGenerator broken = new LessonGenerator(List.of(new SectionGenerator() {
            @Override
            public SectionKind kind() {
                return SectionKind.VOCABULARY;
            }

            @Override
            public Section generate(GenerationContext context) {
                throw new IllegalStateException("the vocabulary list is empty");
            }
        }), Clock.systemUTC());
        LessonBuilderModel builder = builder(broken);
        builder.setArticleIds(List.of(corpus.articles().get(0).id()));
        for (SectionKind k : SectionKind.values()) builder.setKind(k, k == SectionKind.VOCABULARY);
        builder.generate(generated::add);
        assertThat(generated).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("the vocabulary list is empty");
    }
}
