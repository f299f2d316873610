package org.maqal.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maqal.model.TableSheet;

/**
 * A sheet that numbers its own rows gets no second number column, whether the rows are numbered in
 * Arabic-Indic digits (lessons made now) or Western digits (lessons saved before).
 */
class RowNumbersTest {
    private static TableSheet sheet(String first, String second) {
        return new TableSheet("claims-table-1", "Track the claims.", List.of("#", "Claim", "Verdict"),
                List.of(List.of(first, "a", "x"), List.of(second, "b", "y")), List.of(2), List.of(), 2, "");
    }

    @Test
    void rowsNumberedInEitherScriptAreTheSheetsOwnNumbers() {
        assertThat(Layouts.numbersItsRows(sheet("١", "٢"))).isTrue();
        assertThat(Layouts.numbersItsRows(sheet("1", "2"))).isTrue();
    }

    @Test
    void numbersOutOfOrderAreNotRowNumbers() {
        assertThat(Layouts.numbersItsRows(sheet("٢", "١"))).isFalse();
        assertThat(Layouts.numbersItsRows(sheet("1", "3"))).isFalse();
    }
}
