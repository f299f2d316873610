package org.maqal.exercise.claims;

import java.util.List;
import java.util.Set;
import org.maqal.exercise.ReportingTone;
import org.maqal.model.Token;

/**
 * Negation in Arabic text: "لا", "لن", "لم", "ليس" and their forms, and denial verbs ("نفى", "ينفي").
 * "لا يزال" and "ما زال" (still), "لا سيما" (especially) and "لا بد" (must) are not negations, nor is
 * "غير" (it makes a new word: "غير قتالية"). Stateless.
 */
final class Polarity {
    private static final Set<String> NEGATIONS = Set.of("لا", "لن", "لم", "ليس", "ليست", "ليسوا", "لسنا", "لست", "ولا",
            "ولن", "ولم", "وليس", "فلا", "فلن", "فلم");
    private static final Set<String> NOT_NEGATING_AFTER = Set.of("يزال", "تزال", "يزالون", "زال", "سيما", "بد");

    private Polarity() {
    }

    /** Whether the token at {@code i} negates what follows it. */
    static boolean negates(List<Token> tokens, int i) {
        String w = tokens.get(i).normal();
        if (NEGATIONS.contains(w)) {
            return !(i + 1 < tokens.size() && NOT_NEGATING_AFTER.contains(tokens.get(i + 1).normal()));
        }
        return denial(w);
    }

    /** Whether a reporting verb as written denies what it reports ("نفى", "ينفي", "نافيا"). */
    static boolean denial(String written) {
        return ReportingTone.ofVerb(written) == ReportingTone.DENIAL;
    }
}
