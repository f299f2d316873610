package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.ui.GuiWait.waitFor;

import java.awt.ComponentOrientation;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.JTextPane;
import javax.swing.JTree;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.maqal.model.Item;
import org.maqal.lesson.SampleLessons;
import org.maqal.model.Lesson;
import org.maqal.testing.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window driven as a teacher would, on a copy of the real corpus: select articles, generate, edit
 * an item and undo it, save, reopen from the recent list, export, and switch the interface to Arabic.
 * Runs under a virtual display (.ci/run starts Xvfb).
 */
@ExtendWith(StallDumps.class)
class MaqalWindowTest {

    @TempDir
    Path root;
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    @BeforeEach
    void openWindow() throws Exception {
        Seeds.copyCorpusInto(root);
        TeacherWindow opened = TeacherWindow.open(root, 5, 30);
        robot = opened.robot();
        wb = opened.wb();
        window = opened.window();
    }

    @AfterEach
    void closeWindow() {
        if (robot != null) robot.cleanUp();
    }

    private <T> T onEdt(Callable<T> read) {
        return GuiActionRunner.execute(read);
    }

    @Test
    void aTeacherBuildsEditsSavesReopensAndExportsALesson() throws Exception {
        window.table("corpusTable").selectRows(1, 4);
        window.button("newLessonButton").click();
        DialogFixture builder = WindowFinder.findDialog("builderDialog").withTimeout(20_000).using(robot);
        GuiWait.press(builder.checkBox("kindCLAIMS").target());
        GuiWait.press(builder.button("generateButton").target());
        waitFor("the lesson to be generated", () -> wb.editor().lesson().isPresent());
        Lesson lesson = onEdt(() -> wb.editor().lesson().orElseThrow());
        assertThat(lesson.articles()).hasSize(2);
        assertThat(lesson.sections()).hasSize(3);
        assertThat(onEdt(() -> window.target().getTitle())).endsWith(" *");

        window.tree("lessonTree").selectRow(1);
        Item first = lesson.sections().get(0).items().get(0);
        waitFor("the item's form", () -> wb.editor().selected().equals(first.id()));
        assertThat(window.textBox("promptField").text()).isEqualTo(first.prompt());
        assertThat(window.textBox("sourceSentence").text()).isEqualTo(first.prompt());
        window.textBox("promptField").setText("عبارة عدّلها المعلّم.");
        window.button("applyButton").click();
        waitFor("the edit", () -> wb.editor().item(first.id()).prompt().equals("عبارة عدّلها المعلّم."));
        window.button("undoButton").click();
        waitFor("the undo", () -> wb.editor().item(first.id()).prompt().equals(first.prompt()));
        assertThat(window.textBox("promptField").text()).isEqualTo(first.prompt());

        window.button("saveButton").click();
        Path saved = root.resolve("lessons").resolve(lesson.id() + ".json");
        waitFor("the lesson file", () -> Files.isRegularFile(saved) && !wb.editor().dirty());
        assertThat(onEdt(() -> window.target().getTitle())).doesNotEndWith("*");

        window.button("deleteButton").click();
        waitFor("the delete", () -> wb.editor().lesson().orElseThrow().item(first.id()).isEmpty());
        GuiWait.pressLater(onEdt(() -> robot.finder().findByName(window.target(), "recentLesson0", JMenuItem.class, false)));
        GuiWait.press(window.optionPane(Timeout.timeout(20_000)).buttonWithText("Don't save").target());
        waitFor("the lesson to be reopened", () -> wb.editor().lesson().orElseThrow().item(first.id()).isPresent()
                && !wb.editor().dirty());
        assertThat(onEdt(() -> wb.editor().lesson().orElseThrow())).isEqualTo(lesson.withSections(lesson.sections()));

        window.button("exportButton").click();
        DialogFixture export = WindowFinder.findDialog("exportDialog").withTimeout(20_000).using(robot);
        Path exports = root.resolve("exports");
        GuiActionRunner.execute(() -> export.textBox("folderField").target().setText(exports.toString()));
        GuiWait.press(export.checkBox("formatGIFT").target());
        GuiWait.press(export.button("runExportButton").target());
        waitFor("the export", () -> wb.export().written().size() == 3);
        assertThat(exports.resolve(lesson.id() + "-gift.txt")).exists();
        assertThat(exports.resolve(lesson.id() + "-worksheet.txt")).exists();
        assertThat(export.label("exportResult").text()).contains("3");
        export.button("closeExportButton").click();
    }

    @Test
    void theReaderShowsAnArticleWithALegendAndSearchesTheCorpus() {
        window.table("corpusTable").selectRows(0);
        waitFor("the article", () -> !window.textBox("articleText").text().isEmpty());
        assertThat(window.label("legendCLAIM").text()).matches(".*\\(\\d+\\)");
        assertThat(onEdt(() -> window.textBox("articleText").target().getComponentOrientation()))
                .isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        window.textBox("searchField").setText("الأطلسي");
        window.textBox("searchField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the concordance", () -> window.table("concordanceTable").target().getRowCount() > 3);
        JTable hits = window.table("concordanceTable").target();
        for (int r = 0; r < onEdt(hits::getRowCount); r++) HitLines.assertShowsInContext(hits, r, "الأطلسي");
    }

    @Test
    void clickingOlsensClaimNamesTheArticlesThatRepeatAndContradictIt() {
        window.table("corpusTable").selectRows(1);
        waitFor("the article", () -> window.textBox("articleText").text().contains("ومهمتنا غير قتالية"));
        JTextPane text = (JTextPane) window.textBox("articleText").target();
        int offset = onEdt(() -> text.getText().indexOf("ومهمتنا غير قتالية") + 3);
        onEdt(() -> {
            text.scrollRectToVisible(text.modelToView2D(offset).getBounds());
            return null;
        });
        robot.click(text, onEdt(() -> {
            Rectangle r = text.modelToView2D(offset).getBounds();
            return new Point(r.x, r.y + r.height / 2);
        }));
        JTextPane details = (JTextPane) window.textBox("claimDetails").target();
        waitFor("the claim's details", () -> shown(details).contains("repeats"));
        assertThat(onEdt(() -> shown(details))).contains("repeats").contains(Seeds.article("003").title())
                .contains("contradicts").contains("500 عنصر");
    }

    private static String shown(JTextPane pane) throws javax.swing.text.BadLocationException {
        return pane.getDocument().getText(0, pane.getDocument().getLength());
    }

    @Test
    void aTeacherDragsAnItemIntoAnotherSectionAndMovesItBackByKeyboard() {
        Lesson sample = SampleLessons.everyType();
        GuiActionRunner.execute(() -> wb.editor().show(sample));
        window.tabbedPane("workTabs").selectTab(1);
        JTree tree = window.tree("lessonTree").target();
        waitFor("the lesson tree", () -> tree.getRowCount() == 4 + sample.items().count());

        // rows: 0 vocabulary, 1 v1, 2 g1, 3 m1, 4 comprehension, 5 c1, 6 c2 ...
        Point from = onEdt(() -> centre(tree.getRowBounds(6)));
        Point to = onEdt(() -> {
            Rectangle r = tree.getRowBounds(2);
            return new Point(r.x + r.width / 2, r.y + r.height / 4);
        });
        robot.pressMouse(tree, from, MouseButton.LEFT_BUTTON);
        for (int step = 1; step <= 8; step++) {
            robot.moveMouse(tree, from.x, from.y + (to.y - from.y) * step / 8);
        }
        robot.moveMouse(tree, to);
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        waitFor("the drop", () -> wb.editor().sectionOf("c2") == 0);
        Lesson dropped = onEdt(() -> wb.editor().lesson().orElseThrow());
        assertThat(dropped.sections().get(0).items()).extracting(Item::id).containsExactly("v1", "c2", "g1", "m1");
        assertThat(dropped.sections().get(1).items()).extracting(Item::id).doesNotContain("c2");

        window.button("undoButton").click();
        waitFor("the undo", () -> wb.editor().sectionOf("c2") == 1);
        assertThat(onEdt(() -> wb.editor().lesson().orElseThrow())).isEqualTo(sample);

        window.tree("lessonTree").selectRow(5);
        waitFor("c1 selected", () -> wb.editor().selected().equals("c1"));
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_UP);
        robot.releaseKey(KeyEvent.VK_ALT);
        waitFor("the move up into the vocabulary section", () -> wb.editor().sectionOf("c1") == 0);
        assertThat(onEdt(() -> wb.editor().lesson().orElseThrow().sections().get(0).items())).extracting(Item::id)
                .containsExactly("v1", "g1", "m1", "c1");
        assertThat(onEdt(() -> tree.getSelectionRows())).as("the moved item stays selected").containsExactly(4);
    }

    private static Point centre(Rectangle r) {
        return new Point(r.x + r.width / 2, r.y + r.height / 2);
    }

    @Test
    void switchingToArabicTurnsTheWholeWindowRightToLeft() {
        GuiWait.pressLater(window.menuItem("settingsMenuItem").target());
        DialogFixture settings = WindowFinder.findDialog("settingsDialog").withTimeout(20_000).using(robot);
        GuiWait.press(settings.radioButton("languageArabic").target());
        GuiWait.press(settings.button("settingsOk").target());
        FrameFixture arabic = WindowFinder.findFrame(new GenericTypeMatcher<Frame>(Frame.class) {
            @Override
            protected boolean isMatching(Frame frame) {
                return frame.isShowing() && "مقال".equals(frame.getTitle());
            }
        }).withTimeout(30_000).using(robot);
        assertThat(onEdt(() -> arabic.target().getComponentOrientation())).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        assertThat(onEdt(() -> arabic.table("corpusTable").target().getComponentOrientation().isLeftToRight())).isFalse();
        assertThat(onEdt(() -> arabic.menuItem("fileMenu").target().getText())).isEqualTo("ملف");
        assertThat(wb.settings().language()).isEqualTo("ar");

        GuiActionRunner.execute(() -> arabic.table("corpusTable").target().setRowSelectionInterval(1, 1));
        waitFor("the article's details", () -> arabic.textBox("metaNotes").text().startsWith("Dateline"));
        assertThat(onEdt(() -> arabic.textBox("metaNotes").target().getComponentOrientation().isLeftToRight()))
                .as("a note written in English reads left to right in the Arabic window").isTrue();
        assertThat(onEdt(() -> arabic.textBox("metaTitle").target().getComponentOrientation().isLeftToRight())).isFalse();
    }
}
