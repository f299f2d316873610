package org.maqal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maqal.corpus.Corpus;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.export.ExportFormat;
import org.maqal.export.SourceSentences;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFileException;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo [--corpus DIR] [--out DIR] [--paper a4|letter] [--font NAME]}: analyses the corpus,
 * generates a lesson from all its articles with every kind of section (the glossary's glosses
 * included), and writes its worksheet and answer key; prints the path of each file.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "Builds a lesson from every article of the corpus and exports its worksheet and answer key as Word documents.",
        "Prints the paths of the files written."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "exports", description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    PrintOptions print;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var options = print.options(false);
        Corpus c = corpus.read();
        CorpusAnalysis analysis = corpus.analyze(c);
        Glossary glossary;
        try {
            glossary = Glossary.load(corpus.folder.resolve("glossary.json"));
        } catch (LessonFileException e) {
            throw new UserError(e.getMessage());
        }
        Lesson lesson = LessonGenerator.standard().generate(analysis, LessonRequest.everything(), glossary.entries(), Progress.NONE);
        return ExportRun.exportAndPrint(options, lesson, SourceSentences.of(lesson, c.articles()), ExportFormat.DOCX, out,
                spec.commandLine().getOut());
    }
}
