package org.maqal.export.lms;

import java.util.List;

/**
 * One question for a learning platform, of a kind both Moodle XML and GIFT can hold.
 *
 * @param kind      the kind of question
 * @param id        the item's id (Moodle's idnumber)
 * @param name      a short name for the question bank
 * @param text      the question text as HTML, marked with its direction
 * @param prompt    the question text as plain text (for GIFT's missing-word form, the text around the gap)
 * @param gap       for {@link Kind#GAP}: the plain text before and after the gap; otherwise empty
 * @param choices   for multiple choice and gaps with choices: the options, the right one marked
 * @param wordBank  for gaps: whether the choices are the section's word bank rather than the item's own
 * @param accepted  for short answers and gaps without choices: every answer to accept
 * @param correct   for true/false: the right answer
 * @param pairs     for matching: the left and right entries
 * @param feedback  the source sentence(s) as HTML, shown after answering; may be empty
 * @param points    the default mark
 * @param guidance  for essays: what the teacher looks for, as HTML; may be empty
 * @param template  for essays: HTML the answer box starts with (a table to fill in); may be empty
 */
public record LmsQuestion(Kind kind, String id, String name, String text, String prompt, List<String> gap,
                          List<Choice> choices, boolean wordBank, List<String> accepted, boolean correct, List<Pair> pairs,
                          String feedback, int points, String guidance, String template) {
    /** The kinds of questions written. */
    public enum Kind { MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, MATCHING, GAP, ESSAY }

    /** An option of a choice, right or not. */
    public record Choice(String text, boolean right) {
    }

    /** A matching pair. */
    public record Pair(String left, String right) {
    }

    public LmsQuestion {
        gap = List.copyOf(gap);
        choices = List.copyOf(choices);
        accepted = List.copyOf(accepted);
        pairs = List.copyOf(pairs);
    }
}
