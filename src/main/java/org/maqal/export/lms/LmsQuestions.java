package org.maqal.export.lms;

import java.util.ArrayList;
import java.util.List;
import org.maqal.export.Citations;
import org.maqal.export.Labels;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Matching;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.ShortAnswer;
import org.maqal.model.TableSheet;
import org.maqal.model.TrueFalse;
import org.maqal.model.VocabularyEntry;

/**
 * Turns a lesson into categories of platform questions: multiple choice, true/false, short
 * answers, matching (and ordering, as matching each entry to its place), gaps (with their choices or
 * the section's word bank, or typed), and essays for open questions and for comparison and claim
 * sheets (the sheet as a table to fill in, the reference table for the grader). Vocabulary entries
 * are study material, not questions, and are left out. Sections without questions get no category.
 * Stateless.
 */
public final class LmsQuestions {
    private static final int NAME_LENGTH = 60;

    private LmsQuestions() {
    }

    /** The lesson's categories, citing sources through {@code citations}. */
    public static List<LmsCategory> of(Lesson lesson, Citations citations) {
        Labels labels = citations.labels();
        boolean rtl = labels.rightToLeft();
        List<LmsCategory> categories = new ArrayList<>();
        int number = 0;
        for (Section section : lesson.sections()) {
            List<LmsQuestion> questions = new ArrayList<>();
            for (Item item : section.items()) {
                number++;
                if (item instanceof VocabularyEntry) continue;
                questions.add(question(item, section, labels.number(number) + ". " + shorten(item.prompt()), citations, rtl));
            }
            if (questions.isEmpty()) continue;
            String instructions = lesson.instructions(section);
            categories.add(new LmsCategory(List.of(lesson.title(), labels.get("section." + section.kind().name())),
                    instructions.isBlank() ? "" : Html.paragraph(instructions, rtl), questions));
        }
        return categories;
    }

    private static LmsQuestion question(Item item, Section section, String name, Citations citations, boolean rtl) {
        Labels labels = citations.labels();
        StringBuilder feedback = new StringBuilder();
        for (String quoted : citations.quoted(item)) feedback.append(Html.paragraph(labels.format("lms.source", quoted), rtl));
        Builder q = new Builder(item, name, Html.paragraph(item.prompt(), rtl), feedback.toString());
        if (item instanceof MultipleChoice mc) {
            for (String o : mc.options()) q.choices.add(new LmsQuestion.Choice(o, o.equals(mc.answer())));
            return q.build(LmsQuestion.Kind.MULTIPLE_CHOICE);
        } else if (item instanceof TrueFalse tf) {
            q.correct = tf.answer();
            return q.build(LmsQuestion.Kind.TRUE_FALSE);
        } else if (item instanceof GapFill gap) {
            int at = gap.prompt().indexOf(GapFill.GAP);
            q.gap.add(gap.prompt().substring(0, at));
            q.gap.add(gap.prompt().substring(at + GapFill.GAP.length()));
            List<String> offered = !gap.options().isEmpty() ? gap.options() : section.wordBank();
            q.wordBank = gap.options().isEmpty() && !offered.isEmpty();
            if (offered.isEmpty()) {
                q.accepted.add(gap.answer());
            } else {
                for (String o : offered) q.choices.add(new LmsQuestion.Choice(o, o.equals(gap.answer())));
                if (!offered.contains(gap.answer())) q.choices.add(new LmsQuestion.Choice(gap.answer(), true));
            }
            return q.build(LmsQuestion.Kind.GAP);
        } else if (item instanceof Matching m) {
            for (Matching.Pair p : m.answer()) q.pairs.add(new LmsQuestion.Pair(p.left(), p.right()));
            return q.build(LmsQuestion.Kind.MATCHING);
        } else if (item instanceof Ordering o) {
            for (String entry : o.options()) q.pairs.add(new LmsQuestion.Pair(entry, labels.number(o.answer().indexOf(entry) + 1)));
            return q.build(LmsQuestion.Kind.MATCHING);
        } else if (item instanceof ShortAnswer s) {
            q.accepted.add(s.answer());
            q.accepted.addAll(s.accepted());
            return q.build(LmsQuestion.Kind.SHORT_ANSWER);
        } else if (item instanceof OpenQuestion open) {
            q.guidance = open.guidance().isBlank() ? "" : Html.paragraph(open.guidance(), rtl);
            return q.build(LmsQuestion.Kind.ESSAY);
        } else if (item instanceof TableSheet t) {
            q.template = Html.table(t.columns(), t.givenRows(), rtl);
            q.guidance = Html.table(t.columns(), t.answer(), rtl);
            return q.build(LmsQuestion.Kind.ESSAY);
        }
        throw new IllegalArgumentException("no platform question for " + item.type());
    }

    private static String shorten(String prompt) {
        String flat = prompt.replace(GapFill.GAP, "…").replaceAll("\\s+", " ").strip();
        return flat.length() <= NAME_LENGTH ? flat : flat.substring(0, NAME_LENGTH).strip() + "…";
    }

    /** Collects the parts of one question. */
    private static final class Builder {
        final Item item;
        final String name;
        final String text;
        final String feedback;
        final List<String> gap = new ArrayList<>();
        final List<LmsQuestion.Choice> choices = new ArrayList<>();
        final List<String> accepted = new ArrayList<>();
        final List<LmsQuestion.Pair> pairs = new ArrayList<>();
        boolean correct;
        boolean wordBank;
        String guidance = "";
        String template = "";

        Builder(Item item, String name, String text, String feedback) {
            this.item = item;
            this.name = name;
            this.text = text;
            this.feedback = feedback;
        }

        LmsQuestion build(LmsQuestion.Kind kind) {
            return new LmsQuestion(kind, item.id(), name, text, item.prompt(), gap, choices, wordBank, accepted, correct, pairs,
                    feedback, item.points(), guidance, template);
        }
    }
}
