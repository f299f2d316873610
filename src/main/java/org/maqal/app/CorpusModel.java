package org.maqal.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.analysis.store.AnalysisFile;
import org.maqal.corpus.ArticleImporter;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import org.maqal.corpus.ImportResult;
import org.maqal.corpus.MetadataFiles;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.ArticleReport;
import org.maqal.model.Basis;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.MetaField;
import org.maqal.model.Progress;

/**
 * The corpus as the window shows it: the articles of the corpus folder with their analysis (title,
 * outlet, date, readability), importing files into it, and editing an article's metadata. Loading
 * and importing run as background tasks; the model changes, and tells its listeners, on the
 * interface thread.
 */
public final class CorpusModel {
    /** The metadata fields a teacher edits. */
    public enum Field { TITLE, OUTLET, DATE, AUTHOR, NOTES }

    private final Path folder;
    private final CorpusReader reader;
    private final CorpusAnalyzer analyzer;
    private final AnalysisFile analysisFile;
    private final ArticleImporter importer;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Listeners listeners = new Listeners();
    private List<Article> articles = List.of();
    private CorpusAnalysis analysis;
    private boolean loading;

    /** A model that analyses every article each time it loads, keeping nothing on disk. */
    public CorpusModel(Path folder, CorpusReader reader, CorpusAnalyzer analyzer, ArticleImporter importer,
                       TaskRunner runner, DialogService dialogs) {
        this(folder, reader, analyzer, AnalysisFile.none(), importer, runner, dialogs);
    }

    /**
     * A model that keeps the analyses in the corpus folder's {@code .maqal/} with {@code analysisFile},
     * so that the library loads fast the next time; a folder where they cannot be kept loads all the same.
     */
    public CorpusModel(Path folder, CorpusReader reader, CorpusAnalyzer analyzer, AnalysisFile analysisFile,
                       ArticleImporter importer, TaskRunner runner, DialogService dialogs) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.reader = reader;
        this.analyzer = analyzer;
        this.analysisFile = Objects.requireNonNull(analysisFile, "analysisFile");
        this.importer = importer;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public Listeners listeners() {
        return listeners;
    }

    public Path folder() {
        return folder;
    }

    /** The articles in corpus order; empty until loaded. */
    public List<Article> articles() {
        return articles;
    }

    /** The analysis of the whole corpus, once loaded. */
    public Optional<CorpusAnalysis> analysis() {
        return Optional.ofNullable(analysis);
    }

    /** The analysis of one article, once loaded. */
    public Optional<ArticleReport> report(String id) {
        return analysis().flatMap(a -> a.report(id));
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Whether loading or analysis is under way. */
    public boolean loading() {
        return loading;
    }

    /**
     * Reads and analyses the corpus folder in the background, first removing what saves killed part way
     * left there ({@link AtomicFiles#removeStaleTemps}); a folder that cannot be read is reported, and article
     * files that cannot be read are left out and named to the teacher with what to do, the others shown.
     */
    public BackgroundTask<CorpusAnalysis> load() {
        loading = true;
        listeners.fire();
        List<CorpusException> skipped = new ArrayList<>();
        return BackgroundTask.of(progress -> {
                    AtomicFiles.removeStaleTemps(folder);
                    Corpus corpus = reader.readReadable(folder, skipped::add);
                    return analysisFile.analyze(analyzer, folder, corpus.articles(), corpus.knownTextHashes(), progress).analysis();
                })
                .onSuccess(analysis -> {
                    loaded(analysis);
                    if (!skipped.isEmpty()) dialogs.showError(Message.of("corpus.skipped.title"), skippedMessage(skipped));
                })
                .onFailure(e -> {
                    loading = false;
                    listeners.fire();
                    dialogs.showError(Message.of("corpus.error.title"), FileProblems.of(e));
                })
                .onCancelled(() -> {
                    loading = false;
                    listeners.fire();
                })
                .runWith(runner);
    }

    /**
     * Imports files into the corpus folder in the background, then reloads the corpus. Duplicates and
     * refused files do not stop the others; the teacher is told about each.
     */
    public BackgroundTask<ImportReport> importFiles(List<Path> files) {
        return BackgroundTask.of(progress -> importAll(files, progress))
                .onSuccess(report -> {
                    dialogs.showInfo(Message.of("import.title"), Message.lines(report.lines()));
                    if (!report.added().isEmpty()) load();
                })
                .onFailure(e -> dialogs.showError(Message.of("import.title"), FileProblems.of(e)))
                .runWith(runner);
    }

    /** The files left out of the corpus, each with why and what to do, after one sentence saying so. */
    private static Message skippedMessage(List<CorpusException> skipped) {
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("corpus.skipped"));
        skipped.forEach(e -> lines.add(FileProblems.of(e)));
        return Message.lines(lines);
    }

    private ImportReport importAll(List<Path> files, Progress progress) throws InterruptedException {
        List<String> added = new ArrayList<>();
        List<ImportReport.Duplicate> duplicates = new ArrayList<>();
        List<ImportReport.Refused> refused = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
            Path file = files.get(i);
            String name = file.getFileName().toString();
            try {
                ImportResult result = importer.importFile(file, folder);
                if (result instanceof ImportResult.Added a) {
                    added.add(a.metadata().title().value());
                } else {
                    duplicates.add(new ImportReport.Duplicate(name, existingTitle(result.id())));
                }
            } catch (CorpusException e) {
                refused.add(new ImportReport.Refused(name, FileProblems.of(e)));
            }
            progress.update(i + 1, files.size());
        }
        return new ImportReport(added, duplicates, refused);
    }

    private String existingTitle(String id) {
        return article(id).map(Article::title).orElse(id);
    }

    /**
     * Writes an edited metadata field of an article to its metadata file, marked as supplied by the
     * teacher, and updates the model.
     *
     * @throws CorpusException when the metadata file cannot be written
     */
    public void updateMetadata(String id, Field field, String value) throws CorpusException {
        Article article = article(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
        ArticleMetadata m = article.metadata();
        MetaField f = new MetaField(value, Basis.SUPPLIED);
        ArticleMetadata changed = switch (field) {
            case TITLE -> m.withTitle(f.isKnown() ? f : m.title());
            case OUTLET -> new ArticleMetadata(m.title(), f, m.date(), m.author(), m.language(), m.address(), m.notes());
            case DATE -> new ArticleMetadata(m.title(), m.outlet(), f, m.author(), m.language(), m.address(), m.notes());
            case AUTHOR -> new ArticleMetadata(m.title(), m.outlet(), m.date(), f, m.language(), m.address(), m.notes());
            case NOTES -> new ArticleMetadata(m.title(), m.outlet(), m.date(), m.author(), m.language(), m.address(), f);
        };
        if (changed.equals(m)) return;
        Path file = folder.resolve(id + ".json");
        try {
            AtomicFiles.write(file, new MetadataFiles().toJson(changed).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CorpusException("Cannot save the details of the article to " + file + " (" + e.getMessage()
                    + "); check that the corpus folder is writable.", e);
        }
        Article updated = new Article(id, changed, article.text());
        articles = articles.stream().map(a -> a.id().equals(id) ? updated : a).toList();
        if (analysis != null) {
            analysis = new CorpusAnalysis(analysis.reports().stream().map(r -> r.id().equals(id) ? withArticle(r, updated) : r).toList());
        }
        listeners.fire();
    }

    /** The value of a field of an article's metadata. */
    public static MetaField field(Article article, Field field) {
        ArticleMetadata m = article.metadata();
        return switch (field) {
            case TITLE -> m.title();
            case OUTLET -> m.outlet();
            case DATE -> m.date();
            case AUTHOR -> m.author();
            case NOTES -> m.notes();
        };
    }

    private static ArticleReport withArticle(ArticleReport r, Article a) {
        ArticleAnalysis x = r.analysis();
        return new ArticleReport(new ArticleAnalysis(a, x.sentences(), x.tokens(), x.entities(),
                x.figures(), x.claims()), r.vocabulary(), r.readability());
    }

    private void loaded(CorpusAnalysis result) {
        analysis = result;
        articles = result.reports().stream().map(ArticleReport::article).toList();
        loading = false;
        listeners.fire();
    }
}
