package org.maqal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.maqal.corpus.ArticleImporter;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE... [--corpus DIR]}: adds articles to the corpus, one line per file on standard
 * output ({@code FILE: added as ID}, {@code FILE: already in the corpus as ID}) or standard error
 * ({@code FILE: refused: reason}). A refused file does not stop the others; the exit code is 1 when
 * any file was refused, else 0.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Adds articles to the corpus from .txt files (UTF-8, UTF-16 or Windows-1256), Word .docx files and saved"
                + " web pages (.html). A file whose text is already in the corpus is not added twice."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files to import.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleImporter importer = new ArticleImporter();
        int refused = 0;
        for (Path file : files) {
            try {
                ImportResult result = importer.importFile(file, corpus.folder);
                String what = result instanceof ImportResult.Duplicate ? "already in the corpus as " : "added as ";
                out.println(file + ": " + what + result.id());
            } catch (CorpusException e) {
                err.println(file + ": refused: " + e.getMessage());
                refused++;
            }
        }
        out.flush();
        err.flush();
        return refused == 0 ? 0 : 1;
    }
}
