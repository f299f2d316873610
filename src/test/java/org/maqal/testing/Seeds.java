package org.maqal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    /** Copies the bundled corpus folder (articles, metadata) into {@code folder/corpus}, for tests that change it. */
    public static Path copyCorpusInto(Path folder) throws IOException {
        Path target = Files.createDirectories(folder.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, target.resolve(f.getFileName()));
        }
        return target;
    }

    /** The seed article whose id starts with a prefix such as "003". */
    public static Article article(String prefix) {
        return corpus().find(prefix).orElseThrow(() -> new IllegalArgumentException("No seed " + prefix));
    }
}
