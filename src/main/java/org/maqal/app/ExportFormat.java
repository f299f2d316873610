package org.maqal.app;

/** What a lesson can be exported as. */
public enum ExportFormat {
    /** The students' worksheet (Word). */
    WORKSHEET,
    /** The answer key with the sources cited (Word). */
    ANSWER_KEY,
    /** A handout with the articles (Word). */
    HANDOUT,
    /** A Moodle XML question bank. */
    MOODLE_XML,
    /** GIFT questions for Moodle and other systems. */
    GIFT,
    /** A student copy to answer in the app: no answers, no teacher notes. */
    STUDENT_COPY
}
