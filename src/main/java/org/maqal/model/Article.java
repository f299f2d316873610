package org.maqal.model;

import java.util.Objects;

/**
 * One news article: its id in the corpus, what is known about it, and its text as written
 * (UTF-8, line endings normalised, diacritics and digits kept).
 */
public record Article(String id, ArticleMetadata metadata, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("An article needs an id");
    }

    public String title() { return metadata.title().value(); }
}
