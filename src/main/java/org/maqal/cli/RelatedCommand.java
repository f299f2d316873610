package org.maqal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.maqal.analysis.related.Related;
import org.maqal.analysis.related.RelatedIndexFile;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusException;
import org.maqal.model.Article;
import org.maqal.text.TextPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code related [--corpus DIR] ID [--top N]}: the articles most like one article, best first, one a
 * line: the score (0 to 1), the id and the title. Keeps its index in {@code DIR/.maqal/} so that the
 * next query starts warm; when that folder cannot be written it says so in one line on standard
 * error and answers all the same.
 */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Lists the articles most like one article (other coverage of the same story), best first.")
final class RelatedCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Parameters(paramLabel = "ID", description = "The article (its id or a unique id prefix).")
    String id;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "How many articles to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CorpusException {
        if (top < 1) throw new UserError("--top must be at least 1, as in --top 5.");
        Corpus library = corpus.read();
        Article article = library.select(List.of(id)).get(0);
        RelatedIndexFile.Opened opened = new RelatedIndexFile(TextPipeline.standard(), AtomicFiles::write)
                .open(corpus.folder, library.articles(), library.knownTextHashes());
        PrintWriter out = spec.commandLine().getOut();
        if (!opened.problem().isEmpty()) spec.commandLine().getErr().println(opened.problem());
        List<Related> related = opened.index().related(article.id(), top);
        if (related.isEmpty()) {
            out.println("No other article in " + corpus.folder + " shares distinctive words with " + article.id() + ".");
            return 0;
        }
        out.println("Articles most like " + article.id() + " (" + article.title() + "):");
        for (Related r : related) {
            Article other = library.find(r.articleId()).orElseThrow();
            out.printf(Locale.ROOT, "%.3f  %s  %s%n", r.score(), other.id(), other.title());
        }
        return 0;
    }
}
