package org.maqal.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

/**
 * Turns items into the fields of the edit form and back (see {@link ItemFields} for what each field
 * holds per type), and makes the blank item a teacher adds by hand. Building an item checks it like
 * the model does and refuses with an {@link IllegalArgumentException} whose message says what is wrong.
 * Stateless.
 */
public final class ItemForms {
    /** How the cells of a table row are separated in the form. */
    public static final String CELL = " | ";
    /** How the two sides of a matching pair are separated in the form. */
    public static final String PAIR = " = ";

    private ItemForms() {
    }

    /** The form's fields for an item. */
    public static ItemFields fieldsOf(Item item) {
        if (item instanceof MultipleChoice m) return new ItemFields(m.prompt(), m.answer(), m.options(), m.points(), m.notes());
        if (item instanceof TrueFalse t) return new ItemFields(t.prompt(), Boolean.toString(t.answer()), List.of(), t.points(), t.notes());
        if (item instanceof GapFill g) return new ItemFields(g.prompt(), g.answer(), g.options(), g.points(), g.notes());
        if (item instanceof Matching m) {
            return new ItemFields(m.prompt(), "", m.answer().stream().map(p -> p.left() + PAIR + p.right()).toList(),
                    m.points(), m.notes());
        }
        if (item instanceof Ordering o) return new ItemFields(o.prompt(), "", o.answer(), o.points(), o.notes());
        if (item instanceof ShortAnswer s) return new ItemFields(s.prompt(), s.answer(), s.accepted(), s.points(), s.notes());
        if (item instanceof OpenQuestion o) return new ItemFields(o.prompt(), o.guidance(), List.of(), o.points(), o.notes());
        if (item instanceof VocabularyEntry v) return new ItemFields(v.prompt(), v.gloss(), v.forms(), v.points(), v.notes());
        if (item instanceof TableSheet t) {
            return new ItemFields(t.prompt(), "", t.answer().stream().map(r -> String.join(CELL, r)).toList(), t.points(), t.notes());
        }
        throw new IllegalStateException("unknown item type " + item.type());
    }

    /**
     * The item with the form's fields; its id, type and sources stay.
     *
     * @throws IllegalArgumentException when the fields do not make a valid item of its type
     */
    public static Item apply(Item item, ItemFields f) {
        if (item instanceof MultipleChoice m) return new MultipleChoice(m.id(), f.prompt(), f.lines(), f.answer().strip(), m.sources(), f.points(), f.notes());
        if (item instanceof TrueFalse t) return new TrueFalse(t.id(), f.prompt(), Boolean.parseBoolean(f.answer().strip()), t.sources(), f.points(), f.notes());
        if (item instanceof GapFill g) return new GapFill(g.id(), f.prompt(), f.answer().strip(), f.lines(), g.sources(), f.points(), f.notes());
        if (item instanceof Matching m) return matching(m, f);
        if (item instanceof Ordering o) return new Ordering(o.id(), f.prompt(), f.lines(), keepOrder(o.options(), f.lines()), o.sources(), f.points(), f.notes());
        if (item instanceof ShortAnswer s) return new ShortAnswer(s.id(), f.prompt(), f.answer().strip(), f.lines(), s.sources(), f.points(), f.notes());
        if (item instanceof OpenQuestion o) return new OpenQuestion(o.id(), f.prompt(), f.answer(), o.sources(), f.points(), f.notes());
        if (item instanceof VocabularyEntry v) {
            return new VocabularyEntry(v.id(), f.prompt(), v.headword(), v.forms(), v.count(), v.articles(),
                    v.example(), f.answer().strip(), v.topic(), v.sources(), f.points(), f.notes());
        }
        if (item instanceof TableSheet t) {
            return new TableSheet(t.id(), f.prompt(), t.columns(), rows(f.lines(), t.columns().size()), t.studentColumns(),
                    t.sources(), f.points(), f.notes());
        }
        throw new IllegalStateException("unknown item type " + item.type());
    }

    /** A new item of a type, written by the teacher: placeholder texts in the lesson's language, no sources. */
    public static Item blank(ItemType type, String id, Texts lessonTexts) {
        String prompt = lessonTexts.get("new." + type.name().toLowerCase(Locale.ROOT));
        String a = lessonTexts.get("new.first");
        String b = lessonTexts.get("new.second");
        return switch (type) {
            case MULTIPLE_CHOICE -> new MultipleChoice(id, prompt, List.of(a, b), a, List.of(), 1, "");
            case TRUE_FALSE -> new TrueFalse(id, prompt, true, List.of(), 1, "");
            case GAP_FILL -> new GapFill(id, prompt + " " + GapFill.GAP, a, List.of(), List.of(), 1, "");
            case MATCHING -> new Matching(id, prompt, List.of(new Matching.Pair(a, a + " …"), new Matching.Pair(b, b + " …")),
                    List.of(b + " …", a + " …"), List.of(), 2, "");
            case ORDERING -> new Ordering(id, prompt, List.of(a, b), List.of(b, a), List.of(), 1, "");
            case SHORT_ANSWER -> new ShortAnswer(id, prompt, a, List.of(), List.of(), 1, "");
            case OPEN_QUESTION -> new OpenQuestion(id, prompt, "", List.of(), 2, "");
            case VOCABULARY -> new VocabularyEntry(id, "", lessonTexts.get("new.word"), List.of(), 1, 1, "", "", false,
                    List.of(), 0, "");
            case TABLE -> new TableSheet(id, prompt, List.of(a, b), List.of(List.of("", "")), List.of(1), List.of(), 2, "");
        };
    }

    /** A copy of an item under another id, for duplicating. */
    public static Item withId(Item item, String id) {
        if (item instanceof MultipleChoice m) return new MultipleChoice(id, m.prompt(), m.options(), m.answer(), m.sources(), m.points(), m.notes());
        if (item instanceof TrueFalse t) return new TrueFalse(id, t.prompt(), t.answer(), t.sources(), t.points(), t.notes());
        if (item instanceof GapFill g) return new GapFill(id, g.prompt(), g.answer(), g.options(), g.sources(), g.points(), g.notes());
        if (item instanceof Matching m) return new Matching(id, m.prompt(), m.answer(), m.options(), m.sources(), m.points(), m.notes());
        if (item instanceof Ordering o) return new Ordering(id, o.prompt(), o.answer(), o.options(), o.sources(), o.points(), o.notes());
        if (item instanceof ShortAnswer s) return new ShortAnswer(id, s.prompt(), s.answer(), s.accepted(), s.sources(), s.points(), s.notes());
        if (item instanceof OpenQuestion o) return new OpenQuestion(id, o.prompt(), o.guidance(), o.sources(), o.points(), o.notes());
        if (item instanceof VocabularyEntry v) {
            return new VocabularyEntry(id, v.prompt(), v.headword(), v.forms(), v.count(), v.articles(), v.example(), v.answer(),
                    v.topic(), v.sources(), v.points(), v.notes());
        }
        if (item instanceof TableSheet t) {
            return new TableSheet(id, t.prompt(), t.columns(), t.answer(), t.studentColumns(), t.sources(), t.points(), t.notes());
        }
        throw new IllegalStateException("unknown item type " + item.type());
    }

    private static Matching matching(Matching m, ItemFields f) {
        List<Matching.Pair> pairs = new ArrayList<>();
        for (String line : f.lines()) {
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("write each pair as \"word = meaning\"; \"" + line + "\" has no =");
            pairs.add(new Matching.Pair(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
        }
        List<String> rights = pairs.stream().map(Matching.Pair::right).toList();
        return new Matching(m.id(), f.prompt(), pairs, keepOrder(m.options(), rights), m.sources(), f.points(), f.notes());
    }

    /** The entries in the order shown before, those still there first, new ones after; never the answer's order. */
    private static List<String> keepOrder(List<String> shown, List<String> entries) {
        List<String> order = new ArrayList<>(shown.stream().filter(entries::contains).toList());
        entries.stream().filter(e -> !order.contains(e)).forEach(order::add);
        if (order.equals(entries) && order.size() > 1) order.add(order.remove(0));
        return order;
    }

    private static List<List<String>> rows(List<String> lines, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(Arrays.stream(line.split("\\|", -1)).map(String::strip).toList());
            if (cells.size() > columns) {
                throw new IllegalArgumentException("the row \"" + line + "\" has " + cells.size() + " cells for "
                        + columns + " columns; separate cells with |");
            }
            while (cells.size() < columns) cells.add("");
            rows.add(cells);
        }
        return rows;
    }
}
