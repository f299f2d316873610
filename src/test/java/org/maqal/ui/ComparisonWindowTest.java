package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.ui.GuiWait.waitFor;

import java.awt.ComponentOrientation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
import javax.swing.table.TableColumn;
import org.assertj.swing.edt.GuiActionRunner;
import org.maqal.testing.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparison of four articles of the corpus in the English and the Arabic window: in the
 * coverage matrix and the figures table, every kind, date, unit and count is shown whole (its column
 * is at least as wide as the text drawn in it and its header), "organisation" included, and so are
 * the names (none is longer than the widest a column is made); a pane too narrow for them all scrolls.
 */
@ExtendWith(StallDumps.class)
class ComparisonWindowTest {
    @TempDir
    Path root;
    private TeacherWindow teacher;

    @AfterEach
    void closeWindow() {
        if (teacher != null) teacher.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theCoverageMatrixAndFiguresShowEveryKindDateAndCountWhole(String language) throws Exception {
        Seeds.copyCorpusInto(root);
        teacher = TeacherWindow.open(root, 5, 20, language);
        List<String> ids = GuiActionRunner.execute(() -> teacher.wb().corpus().articles().stream().map(a -> a.id()).toList());
        GuiActionRunner.execute(() -> {
            MainFrame frame = (MainFrame) teacher.window().target();
            frame.selectArticles(List.of(ids.get(0), ids.get(1), ids.get(3), ids.get(4)));
            frame.selectTab(MainFrame.COMPARISON);
        });
        JTable coverage = teacher.window().table("coverageTable").target();
        JTable figures = teacher.window().table("figuresTable").target();
        waitFor("the coverage matrix", () -> coverage.getRowCount() > 10 && coverage.getColumnCount() == 6 && coverage.isShowing());

        String organisation = language.equals("ar") ? "منظمة" : "organisation";
        assertThat(kinds(coverage)).contains(organisation);
        assertThat(GuiActionRunner.execute(coverage::getComponentOrientation))
                .isEqualTo(language.equals("ar") ? ComponentOrientation.RIGHT_TO_LEFT : ComponentOrientation.LEFT_TO_RIGHT);
        for (int c = 0; c < 6; c++) assertWhole(coverage, c);
        assertWhole(figures, 1);
        assertWhole(figures, 3);
    }

    private static List<String> kinds(JTable table) {
        return GuiActionRunner.execute(() -> {
            List<String> kinds = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) kinds.add(String.valueOf(table.getValueAt(r, 1)));
            return kinds;
        });
    }

    /** Every cell of the column and its header fit the column's width as laid out in the window. */
    private static void assertWhole(JTable table, int c) {
        GuiActionRunner.execute(() -> {
            TableColumn column = table.getColumnModel().getColumn(c);
            int header = table.getTableHeader().getDefaultRenderer()
                    .getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, c).getPreferredSize().width;
            assertThat(column.getWidth()).as("header %s", column.getHeaderValue()).isGreaterThanOrEqualTo(header);
            for (int r = 0; r < table.getRowCount(); r++) {
                int cell = table.prepareRenderer(table.getCellRenderer(r, c), r, c).getPreferredSize().width;
                assertThat(table.getCellRect(r, c, false).width).as("%s in row %d", table.getValueAt(r, c), r)
                        .isGreaterThanOrEqualTo(cell);
            }
        });
    }
}
