package org.maqal.exercise;

import org.maqal.model.Language;

/** Picks the Arabic or the English form of a short generated text written inline (labels, lists, quotes); longer texts live in a package's {@link Wording} bundle. Stateless. */
public final class Bilingual {
    private Bilingual() {
    }

    /** {@code arabic} for an Arabic lesson, {@code english} for an English one. */
    public static String of(Language language, String arabic, String english) {
        return language == Language.AR ? arabic : english;
    }

    /** Texts joined with the list separator of the language ("، " or ", "). */
    public static String list(Language language, Iterable<String> texts) {
        return String.join(language == Language.AR ? "، " : ", ", texts);
    }

    /** A quotation as the language marks it: «…» in Arabic, “…” in English. */
    public static String quote(Language language, String text) {
        return language == Language.AR ? "«" + text + "»" : "“" + text + "”";
    }
}
