package org.maqal.cli;

import java.nio.file.Path;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by the commands that read articles. */
final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path folder;

    Corpus read() throws CorpusException {
        return new CorpusReader().read(folder);
    }
}
