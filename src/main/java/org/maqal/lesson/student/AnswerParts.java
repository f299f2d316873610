package org.maqal.lesson.student;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Matching;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.ShortAnswer;
import org.maqal.model.TableSheet;
import org.maqal.model.TrueFalse;
import org.maqal.model.VocabularyEntry;
import org.maqal.text.AnswerNormalizer;

/**
 * An item's answer cut into the parts that are marked one by one, each part holding the
 * {@link AnswerNormalizer#key keys} accepted for it. One part for a choice, a true/false, a gap or a
 * short answer (with every accepted spelling); one per left entry of a matching (named by that
 * entry); one per position of an ordering ({@code 0}, {@code 1}, …); one per student cell of a table
 * sheet whose reference is not empty ({@code row,column}). Student cells with an empty reference,
 * open questions and scored vocabulary entries are left to the teacher. Marking, instant feedback
 * and the hashes in student copies all go through this class, so they always agree. Stateless.
 */
public final class AnswerParts {
    /** The part name of items marked as one part. */
    public static final String WHOLE = "whole";

    /** One part and the keys accepted for it. */
    public record Part(String id, Set<String> keys) {
        public Part {
            keys = Set.copyOf(keys);
        }

        /** Whether a given key (null when the part was left empty) is one of the accepted keys. */
        public boolean accepts(String key) {
            return key != null && keys.contains(key);
        }
    }

    /**
     * What an item expects.
     *
     * @param parts        the parts marked automatically, in the order shown
     * @param openParts    the parts only a teacher can mark (table cells with no reference)
     * @param teacherMarks whether a teacher has to mark the item (open parts, an open question, a scored vocabulary entry)
     */
    public record Expected(List<Part> parts, int openParts, boolean teacherMarks) {
        public Expected {
            parts = List.copyOf(parts);
        }

        /** Parts in all, automatic and open. */
        public int size() {
            return parts.size() + openParts;
        }
    }

    private AnswerParts() {
    }

    /** What the item expects, with ال optional or not. */
    public static Expected expected(Item item, boolean articleOptional) {
        List<Part> parts = new ArrayList<>();
        int open = 0;
        if (item instanceof MultipleChoice m) {
            parts.add(whole(key(m.answer(), articleOptional)));
        } else if (item instanceof TrueFalse t) {
            parts.add(whole(judgement(t.answer())));
        } else if (item instanceof GapFill g) {
            parts.add(whole(key(g.answer(), articleOptional)));
        } else if (item instanceof ShortAnswer s) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(key(s.answer(), articleOptional));
            s.accepted().forEach(a -> keys.add(key(a, articleOptional)));
            keys.remove("");
            parts.add(new Part(WHOLE, keys));
        } else if (item instanceof Matching m) {
            m.answer().forEach(p -> parts.add(new Part(p.left(), Set.of(key(p.right(), articleOptional)))));
        } else if (item instanceof Ordering o) {
            for (int i = 0; i < o.answer().size(); i++) parts.add(new Part(String.valueOf(i), Set.of(key(o.answer().get(i), articleOptional))));
        } else if (item instanceof TableSheet t) {
            for (int r = 0; r < t.answer().size(); r++) {
                for (int c : t.studentColumns()) {
                    String reference = key(t.answer().get(r).get(c), articleOptional);
                    if (reference.isEmpty()) {
                        open++;
                    } else {
                        parts.add(new Part(cell(r, c), Set.of(reference)));
                    }
                }
            }
        } else if (item instanceof OpenQuestion) {
            return new Expected(List.of(), 0, true);
        } else if (item instanceof VocabularyEntry v) {
            return new Expected(List.of(), 0, v.points() > 0);
        }
        return new Expected(parts, open, open > 0);
    }

    /**
     * The keys of what a student gave, by part; parts left empty are absent, and an answer of a kind
     * that does not fit the item type gives nothing.
     */
    public static Map<String, String> given(ItemType type, Answer answer, boolean articleOptional) {
        Map<String, String> out = new LinkedHashMap<>();
        if (answer == null || !answer.fits(type)) return out;
        if (answer instanceof Answer.Choice c) {
            out.put(WHOLE, key(c.option(), articleOptional));
        } else if (answer instanceof Answer.Text t) {
            out.put(WHOLE, key(t.text(), articleOptional));
        } else if (answer instanceof Answer.Judgement j) {
            out.put(WHOLE, judgement(j.value()));
        } else if (answer instanceof Answer.Matches m) {
            m.rightByLeft().forEach((left, right) -> out.put(left, key(right, articleOptional)));
        } else if (answer instanceof Answer.Order o) {
            for (int i = 0; i < o.entries().size(); i++) out.put(String.valueOf(i), key(o.entries().get(i), articleOptional));
        } else if (answer instanceof Answer.Cells cells) {
            cells.cells().forEach(c -> out.put(cell(c.row(), c.column()), key(c.text(), articleOptional)));
        }
        out.values().removeIf(String::isEmpty);
        return out;
    }

    /** The name of a table cell's part: {@code row,column}. */
    public static String cell(int row, int column) {
        return row + "," + column;
    }

    private static Part whole(String key) {
        return new Part(WHOLE, key.isEmpty() ? Set.of() : Set.of(key));
    }

    private static String judgement(boolean value) {
        return value ? "true" : "false";
    }

    private static String key(String text, boolean articleOptional) {
        return AnswerNormalizer.key(text, articleOptional);
    }
}
