package org.maqal.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.SectionKind;

/**
 * What the teacher asks the generator for (articles, kinds of sections, items per section,
 * instruction language) and the generation itself, as a background task with progress and cancel.
 */
public final class LessonBuilderModel {
    private final CorpusModel corpus;
    private final LessonGenerator generator;
    private final Supplier<Map<String, String>> glosses;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Listeners listeners = new Listeners();
    private List<String> articleIds = List.of();
    private Set<SectionKind> kinds = EnumSet.allOf(SectionKind.class);
    private int count = LessonRequest.DEFAULT_COUNT;
    private Language language = Language.AR;
    private long seed = 1;
    private final TaskState task = new TaskState(listeners);

    public LessonBuilderModel(CorpusModel corpus, LessonGenerator generator, Supplier<Map<String, String>> glosses,
                              TaskRunner runner, DialogService dialogs) {
        this.corpus = corpus;
        this.generator = generator;
        this.glosses = glosses;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public Listeners listeners() {
        return listeners;
    }

    public List<String> articleIds() {
        return articleIds;
    }

    /** The articles to build from, in the teacher's order. */
    public void setArticleIds(List<String> ids) {
        articleIds = List.copyOf(ids);
        listeners.fire();
    }

    public Set<SectionKind> kinds() {
        return kinds;
    }

    public void setKind(SectionKind kind, boolean wanted) {
        Set<SectionKind> next = kinds.isEmpty() ? EnumSet.noneOf(SectionKind.class) : EnumSet.copyOf(kinds);
        if (wanted) next.add(kind);
        else next.remove(kind);
        kinds = next;
        listeners.fire();
    }

    public int count() {
        return count;
    }

    public void setCount(int count) {
        this.count = Math.max(1, Math.min(30, count));
        listeners.fire();
    }

    public Language language() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
        listeners.fire();
    }

    public long seed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
        listeners.fire();
    }

    /** The generation under way, if any: whether it runs, sections done so far, and how to cancel it. */
    public TaskState task() {
        return task;
    }

    /** Why the request cannot be generated yet, if it cannot. */
    public List<Message> problems() {
        List<Message> problems = new ArrayList<>();
        if (articleIds.isEmpty()) problems.add(Message.of("builder.problem.articles"));
        if (kinds.isEmpty()) problems.add(Message.of("builder.problem.kinds"));
        if (corpus.analysis().isEmpty()) problems.add(Message.of("builder.problem.loading"));
        return problems;
    }

    /**
     * Generates the lesson in the background and hands it to {@code onGenerated}; a failure is shown to
     * the teacher, a cancellation ends quietly.
     *
     * @return false when the request has problems (they are shown) or generation is already running
     */
    public boolean generate(Consumer<Lesson> onGenerated) {
        if (task.running()) return false;
        List<Message> problems = problems();
        if (!problems.isEmpty()) {
            dialogs.showError(Message.of("builder.title"), Message.lines(problems));
            return false;
        }
        CorpusAnalysis analysis = corpus.analysis().orElseThrow();
        LessonRequest request = new LessonRequest("", articleIds, kinds, count, seed, language);
        Map<String, String> glossMap = glosses.get();
        task.start(BackgroundTask.of(progress -> generator.generate(analysis, request, glossMap, progress)), kinds.size(),
                runner, onGenerated,
                e -> dialogs.showError(Message.of("builder.title"), Message.of("builder.failed", e.getMessage())));
        return true;
    }
}
