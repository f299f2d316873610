package org.maqal.model;

import java.util.Objects;

/**
 * What is known about an article besides its text. Every field says whether it is stated in the
 * text, inferred from it, or supplied by a person.
 *
 * @param date an ISO date as precise as known: {@code 2011-12}, {@code 2024-10-17}
 */
public record ArticleMetadata(MetaField title, MetaField outlet, MetaField date, MetaField author,
                              MetaField language, MetaField address, MetaField notes) {
    public ArticleMetadata {
        title = orUnknown(title);
        outlet = orUnknown(outlet);
        date = orUnknown(date);
        author = orUnknown(author);
        language = language == null || !language.isKnown() ? MetaField.inferred("ar") : language;
        address = orUnknown(address);
        notes = orUnknown(notes);
    }

    /** Metadata with only a title; everything else unknown, language Arabic. */
    public static ArticleMetadata titled(MetaField title) {
        return new ArticleMetadata(title, null, null, null, null, null, null);
    }

    public ArticleMetadata withTitle(MetaField newTitle) {
        return new ArticleMetadata(Objects.requireNonNull(newTitle), outlet, date, author, language, address, notes);
    }

    private static MetaField orUnknown(MetaField field) {
        return field == null ? MetaField.UNKNOWN : field;
    }
}
