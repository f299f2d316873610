package org.maqal.exercise.comprehension;

import java.util.List;

/**
 * One fact written in a sentence (a number, a year, a person's name), where it stands, and what
 * could stand in its place to make the sentence false.
 *
 * @param sentence     the sentence's index
 * @param start        the fact's first character in the article
 * @param end          just after its last character
 * @param written      the fact as written ("2004", "راسموسن")
 * @param kind         what kind of fact it is
 * @param replacements facts of the same kind from the corpus that the article does not hold, best first
 */
record Fact(int sentence, int start, int end, String written, Kind kind, List<String> replacements) {
    Fact {
        replacements = List.copyOf(replacements);
    }

    /** The kinds of facts a statement may change. */
    enum Kind { NUMBER, YEAR, PERSON }
}
