package org.maqal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.maqal.corpus.Corpus;
import org.maqal.model.Article;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze [--corpus DIR] [--json] [ID...]}: what analysis finds in each article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Shows the sentences, entities, figures, claims, vocabulary and readability of articles.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Option(names = "--json", description = "Print one JSON object {\"articles\": [...]} instead of a summary.")
    boolean json;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Articles to show (ids or unique id prefixes); all when none.")
    List<String> ids = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Corpus c = corpus.read();
        List<Article> chosen = ids.isEmpty() ? c.articles() : c.select(ids);
        CorpusAnalysis analysis = corpus.analyze(c);
        List<ArticleReport> reports = chosen.stream().map(a -> analysis.report(a.id()).orElseThrow()).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new AnalysisJson().write(reports));
        } else {
            AnalysisSummary summary = new AnalysisSummary();
            reports.forEach(r -> summary.print(r, out));
        }
        return 0;
    }
}
