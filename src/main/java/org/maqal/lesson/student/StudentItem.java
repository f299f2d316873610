package org.maqal.lesson.student;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.maqal.model.ItemType;
import org.maqal.model.Source;

/**
 * An item as a student copy shows it: what the student reads and picks from, never its answer.
 *
 * @param id              the same id as in the lesson
 * @param type            the kind of item; {@link Answer#kindFor} says what answer it takes
 * @param prompt          the question, statement, gapped sentence ({@link org.maqal.model.GapFill#GAP}) or headword
 * @param options         the choices in the order shown (multiple choice, a gap with its own choices,
 *                        the right-hand entries of a matching, the entries of an ordering); else empty
 * @param lefts           the left-hand entries of a matching, in the order shown; else empty
 * @param table           the sheet to fill, for a table; else null
 * @param word            what a vocabulary entry shows besides its headword; else null
 * @param sources         the sentences it comes from, to show beside it
 * @param points          what it is worth; 0 for practice and study
 * @param articleOptional whether ال may be left out or added in typed answers
 * @param checks          the hashed accepted answers per part, only in copies with instant feedback
 */
public record StudentItem(String id, ItemType type, String prompt, List<String> options, List<String> lefts,
                          Table table, Word word, List<Source> sources, int points, boolean articleOptional,
                          List<HashedPart> checks) {
    /**
     * A table sheet as given to the student.
     *
     * @param columns        the column headings
     * @param rows           the rows with the student's cells blank
     * @param studentColumns the columns the student fills
     */
    public record Table(List<String> columns, List<List<String>> rows, List<Integer> studentColumns) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            studentColumns = List.copyOf(studentColumns);
        }
    }

    /** A vocabulary entry's forms in the text and the sentence that shows it; never its gloss. */
    public record Word(String headword, List<String> forms, String example) {
        public Word {
            Objects.requireNonNull(headword, "headword");
            forms = List.copyOf(forms);
            Objects.requireNonNull(example, "example");
        }
    }

    /** The hashes accepted for one part of the answer (see {@link AnswerParts}). */
    public record HashedPart(String part, List<String> hashes) {
        public HashedPart {
            Objects.requireNonNull(part, "part");
            hashes = List.copyOf(hashes);
        }
    }

    public StudentItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        lefts = List.copyOf(lefts);
        if ((type == ItemType.TABLE) != (table != null)) throw new IllegalArgumentException("item \"" + id + "\" is a table if and only if it has a sheet");
        sources = List.copyOf(sources);
        checks = List.copyOf(checks);
    }

    /** The sheet of a table item. */
    public Optional<Table> sheet() {
        return Optional.ofNullable(table);
    }

    /** The forms and example of a vocabulary entry. */
    public Optional<Word> vocabulary() {
        return Optional.ofNullable(word);
    }

    /** Whether a student is expected to answer it: everything but an unscored vocabulary entry. */
    public boolean answerable() {
        return type != ItemType.VOCABULARY || points > 0;
    }

    /** Whether this answer is of the kind the item takes. */
    public boolean accepts(Answer answer) {
        return answer.fits(type);
    }
}
