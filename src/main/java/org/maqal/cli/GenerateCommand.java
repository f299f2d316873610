package org.maqal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.maqal.corpus.Corpus;
import org.maqal.exercise.LessonGenerator;
import org.maqal.exercise.LessonRequest;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.LessonFiles;
import org.maqal.model.Article;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Language;
import org.maqal.model.Lesson;
import org.maqal.model.Progress;
import org.maqal.model.SectionKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate [--corpus DIR] [--articles all|ID,ID] [--kinds …] [--count N] [--seed N]
 * [--lang ar|en] [--title T] --out FILE.json}: builds a lesson from articles of the corpus, with the
 * glossary of the corpus folder ({@code glossary.json}) if there is one, saves it as a lesson file and
 * prints what it holds and what the generators left out.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates a lesson from articles of the corpus and saves it as a lesson file.")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Option(names = "--articles", paramLabel = "all|ID,ID", defaultValue = "all",
            description = "Articles to use: all, or ids (or unique id prefixes) separated by commas (default: ${DEFAULT-VALUE}).")
    String articles;

    @Option(names = "--kinds", paramLabel = "KIND,KIND", defaultValue = "vocabulary,comprehension,comparison,claims",
            description = "Sections to make, separated by commas (default: ${DEFAULT-VALUE}).")
    String kinds;

    @Option(names = "--count", paramLabel = "N", defaultValue = "" + LessonRequest.DEFAULT_COUNT,
            description = "The most items of each type in a section (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed for the generators' choices; the same seed makes the same lesson (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lang", paramLabel = "ar|en", defaultValue = "ar",
            description = "Language of the instructions (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--title", paramLabel = "T", defaultValue = "", description = "The lesson's title (default: made from the articles).")
    String title;

    @Option(names = "--out", paramLabel = "FILE.json", required = true, description = "Where to save the lesson.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LessonRequest request = new LessonRequest(title, List.of(), kinds(), count(), seed, language());
        if (Files.isDirectory(out)) throw new UserError(out + " is a folder; give a file name such as " + out.resolve("lesson.json") + ".");
        Corpus c = corpus.read();
        List<String> ids = articleIds(c);
        CorpusAnalysis analysis = corpus.analyze(c);
        Lesson lesson = LessonGenerator.standard().generate(analysis, request.withArticles(ids), glosses(), Progress.NONE);
        try {
            new LessonFiles().save(lesson, out);
        } catch (LessonFileException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        new LessonSummary().print(lesson, o);
        o.println("Saved to " + out.toAbsolutePath().normalize());
        o.flush();
        return 0;
    }

    private List<String> articleIds(Corpus c) throws org.maqal.corpus.CorpusException {
        String spec = articles.strip();
        if (spec.isEmpty() || spec.equalsIgnoreCase("all")) return List.of();
        List<String> wanted = Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> ids = new ArrayList<>();
        for (Article a : c.select(wanted)) {
            if (ids.contains(a.id())) throw new UserError("The article " + a.id() + " is asked for twice; name each article once.");
            ids.add(a.id());
        }
        return ids;
    }

    private Set<SectionKind> kinds() {
        Set<SectionKind> set = EnumSet.noneOf(SectionKind.class);
        for (String k : kinds.split(",")) {
            String name = k.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) continue;
            try {
                set.add(SectionKind.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new UserError("Unknown kind of section \"" + k.strip() + "\"; choose from vocabulary, comprehension, comparison and claims.");
            }
        }
        if (set.isEmpty()) throw new UserError("--kinds names no kind of section; choose from vocabulary, comprehension, comparison and claims.");
        return set;
    }

    private int count() {
        if (count < 1) throw new UserError("--count must be 1 or more, not " + count + ".");
        return count;
    }

    private Language language() {
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "ar" -> Language.AR;
            case "en" -> Language.EN;
            default -> throw new UserError("Unknown language \"" + lang + "\" for --lang; choose ar or en.");
        };
    }

    private Map<String, String> glosses() {
        try {
            return Glossary.load(corpus.folder.resolve("glossary.json")).entries();
        } catch (LessonFileException e) {
            throw new UserError(e.getMessage());
        }
    }
}
