package org.maqal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableSheetRowSourceTest {
    private static final List<String> COLUMNS = List.of("المقال", "العدد كما ورد");
    private static final List<List<String>> ROWS = List.of(List.of("2021", "أكثر من 300 شخص"), List.of("2020", "500 عنصر"));

    @Test
    void aSheetWithOneSourcePerRowGivesEachRowItsSentence() {
        TableSheet sheet = new TableSheet("t", "قارن", COLUMNS, ROWS, List.of(), List.of(new Source("001", 5), new Source("004", 3)), 2, "");

        assertThat(sheet.rowSource(0)).contains(new Source("001", 5));
        assertThat(sheet.rowSource(1)).contains(new Source("004", 3));
        assertThatThrownBy(() -> sheet.rowSource(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void sourcesThatAreNotOnePerRowBelongToTheWholeSheet() {
        TableSheet sheet = new TableSheet("t", "قارن", COLUMNS, ROWS, List.of(), List.of(new Source("001", 5)), 2, "");

        assertThat(sheet.rowSource(0)).isEmpty();
    }
}
