package org.maqal.lesson.student;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.Matching;
import org.maqal.model.MultipleChoice;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Ordering;
import org.maqal.model.ShortAnswer;
import org.maqal.model.TableSheet;
import org.maqal.model.TrueFalse;
import org.maqal.model.VocabularyEntry;

/** The answers a student who knows everything gives, taken from the lesson's answer fields. */
public final class RightAnswers {
    private RightAnswers() {
    }

    public static Answer of(Item item) {
        if (item instanceof MultipleChoice m) return new Answer.Choice(m.answer());
        if (item instanceof TrueFalse t) return new Answer.Judgement(t.answer());
        if (item instanceof GapFill g) return new Answer.Text(g.answer());
        if (item instanceof ShortAnswer s) return new Answer.Text(s.answer());
        if (item instanceof Matching m) {
            Map<String, String> pairs = new LinkedHashMap<>();
            m.answer().forEach(p -> pairs.put(p.left(), p.right()));
            return new Answer.Matches(pairs);
        }
        if (item instanceof Ordering o) return new Answer.Order(o.answer());
        if (item instanceof TableSheet t) {
            List<Answer.Cell> cells = new ArrayList<>();
            for (int r = 0; r < t.answer().size(); r++) {
                for (int c : t.studentColumns()) {
                    String text = t.answer().get(r).get(c);
                    cells.add(new Answer.Cell(r, c, text.isEmpty() ? "رأيي" : text));
                }
            }
            return new Answer.Cells(cells);
        }
        if (item instanceof OpenQuestion) return new Answer.Text("إجابة الطالب المفتوحة");
        if (item instanceof VocabularyEntry v) return new Answer.Text(v.gloss().isEmpty() ? "meaning" : v.gloss());
        throw new IllegalArgumentException(item.type().toString());
    }
}
