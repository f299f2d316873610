package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.ui.GuiWait.waitFor;

import java.awt.ComponentOrientation;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.maqal.app.MemoryStore;
import org.maqal.app.Settings;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.testing.FakeSections;
import org.maqal.testing.Seeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window driven as a teacher would, on a copy of the real corpus: select articles, generate, edit
 * an item and undo it, save, reopen from the recent list, export, and switch the interface to Arabic.
 * Runs under a virtual display (.ci/run starts Xvfb).
 */
class MaqalWindowTest {

    @TempDir
    Path root;
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    @BeforeEach
    void openWindow() throws Exception {
        Seeds.copyCorpusInto(root);
        Settings settings = new Settings(new MemoryStore());
        MaqalApp.setUpLookAndFeel(settings.theme());
        wb = Workbench.build(root, settings, FakeSections.generator(), corpus -> new FakeExporter());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
        MainFrame frame = GuiActionRunner.execute(() -> new MaqalApp(wb, () -> { }).show());
        window = new FrameFixture(robot, frame);
        waitFor("the corpus to be analysed", () -> wb.corpus().analysis().isPresent()
                && window.table("corpusTable").target().getRowCount() == 5);
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
        builder.checkBox("kindCLAIMS").uncheck();
        builder.button("generateButton").click();
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
        window.menuItem("fileMenu").click();
        window.menuItem("recentMenu").click();
        window.menuItem("recentLesson0").click();
        GuiWait.press(window.optionPane(Timeout.timeout(20_000)).buttonWithText("Don't save").target());
        waitFor("the lesson to be reopened", () -> wb.editor().lesson().orElseThrow().item(first.id()).isPresent()
                && !wb.editor().dirty());
        assertThat(onEdt(() -> wb.editor().lesson().orElseThrow())).isEqualTo(lesson.withSections(lesson.sections()));

        window.button("exportButton").click();
        DialogFixture export = WindowFinder.findDialog("exportDialog").withTimeout(20_000).using(robot);
        Path exports = root.resolve("exports");
        export.textBox("folderField").setText(exports.toString());
        export.checkBox("formatGIFT").check();
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
        assertThat(onEdt(() -> hits.getValueAt(0, 1).toString())).contains("<b><u>ال").contains("طلسي</u></b>");
    }

    @Test
    void switchingToArabicTurnsTheWholeWindowRightToLeft() {
        window.menuItem("settingsMenuItem").click();
        DialogFixture settings = WindowFinder.findDialog("settingsDialog").withTimeout(20_000).using(robot);
        settings.radioButton("languageArabic").click();
        settings.button("settingsOk").click();
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
    }
}
