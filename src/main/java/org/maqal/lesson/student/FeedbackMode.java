package org.maqal.lesson.student;

import java.util.Locale;

/** What a student copy tells the student about their answers, chosen per lesson by the teacher. */
public enum FeedbackMode {
    /**
     * Each answer can be checked as soon as it is given. The copy holds salted, slow hashes of the
     * accepted answers' normalised forms (see {@link AnswerHasher} for what that protects).
     */
    INSTANT,
    /** The teacher gives feedback after the hand-in; the copy holds no answer data at all. */
    AFTER_HAND_IN,
    /** No feedback; the copy holds no answer data at all. */
    NONE;

    /** The name in files and on the command line: {@code instant}, {@code after}, {@code none}. */
    public String code() {
        return this == AFTER_HAND_IN ? "after" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode with this code ({@code instant}, {@code after}, {@code none}; case ignored).
     *
     * @throws IllegalArgumentException for any other text, naming the three
     */
    public static FeedbackMode of(String code) {
        for (FeedbackMode m : values()) {
            if (m.code().equalsIgnoreCase(code == null ? "" : code.strip())) return m;
        }
        throw new IllegalArgumentException("the feedback mode \"" + code + "\" is not one of instant, after, none");
    }
}
