package org.maqal.ui;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.SwingUtilities;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.analysis.store.AnalysisFile;
import org.maqal.app.CorpusModel;
import org.maqal.app.ExportModel;
import org.maqal.app.GeneratorRegenerator;
import org.maqal.app.GlossaryFile;
import org.maqal.app.LessonBuilderModel;
import org.maqal.app.LessonEditorModel;
import org.maqal.app.LessonExporter;
import org.maqal.app.Settings;
import org.maqal.app.TaskRunner;
import org.maqal.app.Texts;
import org.maqal.corpus.ArticleImporter;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.CorpusReader;
import org.maqal.exercise.LessonGenerator;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFiles;

/**
 * Everything the window works with, built once: settings, the dialog service, the task runner and
 * the presentation models, over a working folder that holds {@code corpus/}, {@code lessons/} and
 * {@code exports/}.
 */
public record Workbench(Path root, Settings settings, SwingDialogService dialogs, TaskRunner runner,
                        CorpusModel corpus, LessonBuilderModel builder, LessonEditorModel editor, ExportModel export) {

    /**
     * Wires the models for a working folder: background work on daemon threads, callbacks on the
     * Swing thread. A glossary file that cannot be used does not stop it: the editor starts without
     * glosses and tells the teacher once the window is shown.
     */
    public static Workbench build(Path root, Settings settings, LessonGenerator generator,
                                  Function<CorpusModel, LessonExporter> exporter) {
        SwingDialogService dialogs = new SwingDialogService(() -> Texts.of(settings.language()));
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "maqal-task");
            t.setDaemon(true);
            return t;
        });
        TaskRunner runner = new TaskRunner(workers, SwingUtilities::invokeLater);
        Path corpusFolder = root.resolve("corpus");
        GlossaryFile glossaryFile = GlossaryFile.open(corpusFolder.resolve("glossary.json"));
        Glossary glossary = glossaryFile.glossary();
        CorpusModel corpus = new CorpusModel(corpusFolder, CorpusReader.withFileCatalog(), CorpusAnalyzer.standard(),
                AnalysisFile.standard(AtomicFiles::write), new ArticleImporter(), runner, dialogs);
        LessonBuilderModel builder = new LessonBuilderModel(corpus, generator, glossary::entries, runner, dialogs);
        LessonEditorModel editor = new LessonEditorModel(root.resolve("lessons"), glossaryFile, new LessonFiles(),
                new GeneratorRegenerator(generator, corpus::analysis, glossary::entries), dialogs, settings);
        ExportModel export = new ExportModel(exporter.apply(corpus), root.resolve("exports"), runner, dialogs);
        return new Workbench(root, settings, dialogs, runner, corpus, builder, editor, export);
    }

    /** The interface texts in the language chosen in the settings. */
    public Texts texts() {
        return Texts.of(settings.language());
    }
}
