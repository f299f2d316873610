package org.maqal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.maqal.corpus.CorpusException;
import org.maqal.export.ExportFormat;
import org.maqal.export.SourceSentences;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.LessonFiles;
import org.maqal.model.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export LESSON.json --format docx|moodle-xml|gift [--out DIR] [--paper a4|letter]
 * [--handout] [--font NAME] [--corpus DIR]}: writes the lesson's files and prints the path of each,
 * one a line. The corpus gives the source sentences the key and the feedback quote; without it
 * they cite article and sentence numbers only (and say so on standard error).
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Exports a lesson: a Word worksheet and answer key (docx), a Moodle XML question bank (moodle-xml), GIFT (gift)"
                + " or a student copy to answer in the app (student, the same as the student-copy command).",
        "Prints the paths of the files written."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LESSON.json", description = "The lesson file.")
    Path lesson;

    @Option(names = "--format", required = true, paramLabel = "docx|moodle-xml|gift|student", description = "What to export.")
    String format;

    @Option(names = "--feedback", paramLabel = "MODE", defaultValue = "after",
            description = "With student: instant, after or none (see the student-copy command; default: ${DEFAULT-VALUE}).")
    String feedback;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "exports", description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--handout", description = "With docx, also write the articles as a reading handout with sentence numbers.")
    boolean handout;

    @Mixin
    PrintOptions print;

    @Mixin
    CorpusOption corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CorpusException {
        if ("student".equalsIgnoreCase(format.strip())) return studentCopy();
        ExportFormat chosen = ExportFormat.named(format).orElseThrow(() -> new UserError("There is no export format \""
                + format + "\"; use " + Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName)
                .collect(Collectors.joining(", ")) + " or student."));
        var options = print.options(handout);
        Lesson loaded;
        try {
            loaded = new LessonFiles().load(lesson);
        } catch (LessonFileException e) {
            throw new UserError(e.getMessage());
        }
        return ExportRun.exportAndPrint(options, loaded, texts(loaded), chosen, out, spec.commandLine().getOut());
    }

    private Integer studentCopy() throws CorpusException {
        StudentCopyCommand copy = new StudentCopyCommand();
        copy.lessonFile = lesson;
        copy.feedback = feedback;
        copy.out = out;
        copy.corpus = corpus;
        copy.spec = spec;
        return copy.call();
    }

    private SourceSentences texts(Lesson loaded) {
        if (!Files.isDirectory(corpus.folder)) {
            warn("There is no corpus folder " + corpus.folder + ", so the answer key cites sentence numbers without quoting them.");
            return SourceSentences.none();
        }
        try {
            return SourceSentences.of(loaded, corpus.read().articles());
        } catch (CorpusException e) {
            warn(e.getMessage() + " The answer key cites sentence numbers without quoting them.");
            return SourceSentences.none();
        }
    }

    private void warn(String sentence) {
        spec.commandLine().getErr().println(sentence);
        spec.commandLine().getErr().flush();
    }
}
