package org.maqal.cli;

import java.nio.file.Path;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.analysis.store.AnalysisFile;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Progress;
import picocli.CommandLine.Option;

/**
 * The {@code --corpus DIR} option shared by the commands that read articles. Reading and analysis
 * keep their caches in {@code DIR/.maqal/}, so that a large library is read fast the second time;
 * a folder where they cannot be written is read and analysed all the same.
 */
final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path folder;

    Corpus read() throws CorpusException {
        return CorpusReader.withFileCatalog().read(folder);
    }

    /** The analysis of every article of the corpus read from this folder, from the kept analyses where they match. */
    CorpusAnalysis analyze(Corpus corpus) {
        return AnalysisFile.standard(AtomicFiles::write)
                .analyze(CorpusAnalyzer.standard(), folder, corpus.articles(), corpus.knownTextHashes(), Progress.NONE).analysis();
    }
}
