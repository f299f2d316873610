package org.maqal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.maqal.corpus.Corpus;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.Article;

/** The bundled corpus, read once for tests. */
public final class Seeds {
    private static Corpus corpus;

    private Seeds() {
    }

    public static synchronized Corpus corpus() {
        if (corpus == null) {
            try {
                corpus = new CorpusReader().read(Path.of("corpus"));
            } catch (CorpusException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
            }
        }
        return corpus;
    }

    /** The seed article whose id starts with a prefix such as "003". */
    public static Article article(String prefix) {
        return corpus().find(prefix).orElseThrow(() -> new IllegalArgumentException("No seed " + prefix));
    }
}
