package org.maqal.model;

/**
 * A statement the article attributes to a source.
 *
 * @param speaker     who makes it, resolved to the fullest name the article gives
 * @param speakerRole the speaker's role as the article gives it ("قائد بعثة حلف شمال الأطلسي"), or empty
 * @param verb        the reporting verb or phrase as written ("قال", "أكد", "بحسب")
 * @param text        what is claimed, as written (the quotation, or the reported clause)
 * @param direct      whether it is a direct quotation
 * @param span        where the claimed text stands
 */
public record Claim(String speaker, String speakerRole, String verb, String text, boolean direct, Span span) {
    public Claim {
        speakerRole = speakerRole == null ? "" : speakerRole;
    }

    public int sentence() { return span.sentence(); }
}
