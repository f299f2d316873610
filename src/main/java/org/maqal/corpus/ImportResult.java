package org.maqal.corpus;

import java.nio.file.Path;
import org.maqal.model.ArticleMetadata;

/** What importing one file did: added it to the corpus, or found it already there. */
public sealed interface ImportResult {
    /** The id of the article in the corpus: the new one, or the one already there. */
    String id();

    /**
     * The file was added.
     *
     * @param id       the new article's id
     * @param textFile where its text was written ({@code ID.txt}; {@code ID.json} is beside it)
     * @param encoding what the text was found in ({@code windows-1256}, {@code Word document (.docx)}…)
     * @param metadata the metadata written
     */
    record Added(String id, Path textFile, String encoding, ArticleMetadata metadata) implements ImportResult {
    }

    /**
     * The same text is already in the corpus, so nothing was written.
     *
     * @param id the id of the article already there
     */
    record Duplicate(String id) implements ImportResult {
    }
}
