package org.maqal.model;

import java.util.Locale;

/**
 * An article a lesson is built from, as it was when the lesson was made.
 *
 * @param id          the article's id in the corpus
 * @param title       its title, for display
 * @param outlet      its outlet, or empty when unknown
 * @param date        its date as precise as known ({@code 2011-12}), or empty
 * @param contentHash SHA-256 of the article text's UTF-8 bytes, 64 lower-case hex digits; whoever
 *                    builds the reference computes it (the model computes nothing)
 */
public record ArticleRef(String id, String title, String outlet, String date, String contentHash) {
    public ArticleRef {
        Checks.id(id, "an article reference");
        title = Checks.text(title);
        outlet = Checks.text(outlet);
        date = Checks.text(date);
        contentHash = Checks.text(contentHash).toLowerCase(Locale.ROOT);
        if (!contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("article " + id + " needs a SHA-256 content hash of 64 hex digits");
        }
    }
}
