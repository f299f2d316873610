package org.maqal.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.maqal.lesson.student.Answer;
import org.maqal.model.Item;
import org.maqal.model.OpenQuestion;
import org.maqal.model.ShortAnswer;
import org.maqal.model.TableSheet;
import org.maqal.model.VocabularyEntry;

/**
 * What a student wrote for an item a teacher reads, and what the lesson expects, as plain text to show
 * side by side: the text itself for short and open answers and glosses; for a table sheet, one block
 * per row with the row's first given cell and the student's cells by column. Stateless.
 */
final class AnswerTexts {
    private AnswerTexts() {
    }

    /** The student's answer as text; empty when they gave none. */
    static String given(Item item, Optional<Answer> answer) {
        if (answer.isEmpty()) return "";
        if (answer.get() instanceof Answer.Text t) return t.text().strip();
        if (item instanceof TableSheet t && answer.get() instanceof Answer.Cells cells) {
            return rows(t, (row, column) -> cells.text(row, column));
        }
        return "";
    }

    /** The model answer, guidance or reference cells, or empty when the lesson has none. */
    static String expected(Item item) {
        if (item instanceof OpenQuestion q) return q.guidance();
        if (item instanceof ShortAnswer s) {
            return s.accepted().isEmpty() ? s.answer() : s.answer() + "\n" + String.join(" / ", s.accepted());
        }
        if (item instanceof VocabularyEntry v) return v.gloss();
        if (item instanceof TableSheet t) return rows(t, (row, column) -> t.answer().get(row).get(column));
        return "";
    }

    private interface CellText {
        String at(int row, int column);
    }

    private static String rows(TableSheet t, CellText cells) {
        List<String> blocks = new ArrayList<>();
        for (int r = 0; r < t.answer().size(); r++) {
            List<String> lines = new ArrayList<>();
            lines.add((r + 1) + ". " + rowTitle(t, r));
            for (int c : t.studentColumns()) {
                String text = cells.at(r, c).strip();
                lines.add("   " + t.columns().get(c) + ": " + (text.isEmpty() ? "—" : text));
            }
            blocks.add(String.join("\n", lines));
        }
        return blocks.stream().collect(Collectors.joining("\n\n"));
    }

    /** The first cell of the row the student did not fill (the claim, the figure), else the row's number alone. */
    private static String rowTitle(TableSheet t, int row) {
        for (int c = 0; c < t.columns().size(); c++) {
            String cell = t.answer().get(row).get(c).strip();
            if (!t.isStudentColumn(c) && !cell.isEmpty()) return cell;
        }
        return "";
    }
}
