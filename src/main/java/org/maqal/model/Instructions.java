package org.maqal.model;

/**
 * What a section asks the students to do, in Arabic and in English. Either may be empty, not both.
 *
 * @param arabic  the instructions in Arabic, or empty
 * @param english the instructions in English, or empty
 */
public record Instructions(String arabic, String english) {
    public Instructions {
        arabic = Checks.text(arabic).strip();
        english = Checks.text(english).strip();
        if (arabic.isEmpty() && english.isEmpty()) {
            throw new IllegalArgumentException("instructions need an Arabic or an English text");
        }
    }

    /** The instructions in this language, or in the other one when they were only written in that. */
    public String in(Language language) {
        String chosen = language == Language.AR ? arabic : english;
        return chosen.isEmpty() ? (language == Language.AR ? english : arabic) : chosen;
    }
}
