package org.maqal.analysis;

/**
 * Adjectives of nationality in all their forms: "عراقي", "العراقية", "العراقيين", "للعراقيات",
 * from a list of masculine singular forms. Immutable and thread-safe.
 */
public final class Nationalities {
    /** The grammatical form of a nationality adjective. */
    public enum Form { MASCULINE, FEMININE, PLURAL }

    private final WordList masculine;

    /** Nationalities from their masculine singular forms without the article ("عراقي"). */
    public Nationalities(WordList masculine) {
        this.masculine = masculine;
    }

    /** The form of the normalised word if it is a nationality adjective, else null. */
    public Form formOf(String normal) {
        for (Clitics.Reading r : Clitics.readings(normal)) {
            String w = Clitics.withoutArticle(r.word());
            if (masculine.contains(w)) return Form.MASCULINE;
            if (w.endsWith("يه") && masculine.contains(w.substring(0, w.length() - 1))) return Form.FEMININE;
            if ((w.endsWith("يين") || w.endsWith("يون")) && masculine.contains(w.substring(0, w.length() - 2))) return Form.PLURAL;
            if (w.endsWith("يات") && masculine.contains(w.substring(0, w.length() - 2))) return Form.PLURAL;
        }
        return null;
    }

    /** Whether the normalised word is a nationality adjective in any form. */
    public boolean contains(String normal) {
        return formOf(normal) != null;
    }
}
