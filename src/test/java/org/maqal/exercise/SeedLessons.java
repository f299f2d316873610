package org.maqal.exercise;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import org.maqal.model.SectionKind;
import org.maqal.model.Section;
import org.maqal.testing.Seeds;

/** Lessons generated from the seed corpus, for the generators' tests. */
public final class SeedLessons {
    private static CorpusAnalysis corpus;

    private SeedLessons() {
    }

    public static synchronized CorpusAnalysis corpus() {
        if (corpus == null) corpus = CorpusAnalyzer.standard().analyze(Seeds.corpus().articles());
        return corpus;
    }

    /** One section of a lesson on the given articles (all when none), with the default count. */
    public static Section section(SectionKind kind, long seed, Map<String, String> glosses, String... articleIds) {
        LessonRequest request = new LessonRequest("", List.of(articleIds), EnumSet.of(kind), LessonRequest.DEFAULT_COUNT, seed, Language.AR);
        Lesson lesson = LessonGenerator.standard().generate(corpus(), request, glosses, Progress.NONE);
        return lesson.sections().get(0);
    }

    /** The full id of the seed article whose id starts with {@code prefix}. */
    public static String id(String prefix) {
        return Seeds.article(prefix).id();
    }
}
