package org.maqal.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import org.maqal.model.SectionKind;
import org.maqal.testing.Seeds;

/**
 * The rules of {@link LessonInvariants} for every section {@link LessonGenerator#standard()} makes,
 * over many seeds, counts and both languages: on each seed article alone and all five together, and
 * on passages written for these tests that the generators were never tuned on.
 */
class LessonPropertiesTest {
    static final Path UNSEEN = Path.of("src/test/resources/org/maqal/exercise/unseen");
    private static final CorpusAnalysis SEEDS = CorpusAnalyzer.standard().analyze(Seeds.corpus().articles());
    private static final CorpusAnalysis UNSEEN_TEXTS = analyse(UNSEEN);
    private static final LessonGenerator GENERATOR = LessonGenerator.standard();

    @Property(tries = 60)
    void seedLessonsKeepEveryRule(@ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 5) int which,
                                  @ForAll @IntRange(min = 1, max = 10) int count, @ForAll Language language) {
        Lesson lesson = generate(SEEDS, which, count, seed, language);
        LessonInvariants.check(lesson, SEEDS, count);
    }

    @Property(tries = 60)
    void unseenLessonsKeepEveryRule(@ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 6) int which,
                                    @ForAll @IntRange(min = 1, max = 10) int count, @ForAll Language language) {
        Lesson lesson = generate(UNSEEN_TEXTS, which, count, seed, language);
        LessonInvariants.check(lesson, UNSEEN_TEXTS, count);
    }

    @Property(tries = 15)
    void theSameSeedMakesTheSameLesson(@ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 5) int which) {
        Lesson first = generate(SEEDS, which, LessonRequest.DEFAULT_COUNT, seed, Language.AR);
        Lesson second = generate(SEEDS, which, LessonRequest.DEFAULT_COUNT, seed, Language.AR);
        assertThat(second.sections()).isEqualTo(first.sections());
        assertThat(second.id()).isEqualTo(first.id());
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(-1_000_000L, 1_000_000L).edgeCases(c -> c.includeOnly(0L, 1L));
    }

    /** A lesson on one article ({@code which} below the number of articles) or on all of them. */
    static Lesson generate(CorpusAnalysis corpus, int which, int count, long seed, Language language) {
        List<String> ids = which < corpus.reports().size() ? List.of(corpus.reports().get(which).id()) : List.of();
        LessonRequest request = new LessonRequest("", ids, EnumSet.allOf(SectionKind.class), count, seed, language);
        return GENERATOR.generate(corpus, request, java.util.Map.of(), Progress.NONE);
    }

    static CorpusAnalysis analyse(Path folder) {
        try {
            return CorpusAnalyzer.standard().analyze(new CorpusReader().read(folder).articles());
        } catch (CorpusException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
