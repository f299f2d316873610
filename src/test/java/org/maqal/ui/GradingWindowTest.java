package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.ui.GuiWait.SLOW;
import static org.maqal.ui.GuiWait.waitFor;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.app.MemoryStore;
import org.maqal.app.OpenAnswer;
import org.maqal.app.Settings;
import org.maqal.lesson.grading.GradeReport;
import org.maqal.lesson.grading.Grader;
import org.maqal.lesson.grading.Marks;
import org.maqal.lesson.grading.StudentResult;
import org.maqal.testing.FakeSections;
import org.maqal.testing.RealHandIns;
import org.maqal.testing.Seeds;

/**
 * The grading screen driven as a teacher would, on real hand-ins: a lesson generated from the real
 * corpus, answered through student sessions by three students and handed in to a class folder beside a
 * note that is not a hand-in. Grade, read and score an open answer with a comment, close, reopen with
 * the shortcut and find the mark, export the gradebook and read it back. Also: File › Open of a
 * student copy opens the student view. Runs under a virtual display.
 */
@ExtendWith(StallDumps.class)
class GradingWindowTest {
    private static final String COMMENT = "فكرة صحيحة، ينقصها دليل من النص.";

    @TempDir
    Path root;
    private RealHandIns handIns;
    private Robot robot;
    private Workbench wb;
    private FrameFixture window;

    @BeforeEach
    void openWindow() throws Exception {
        Seeds.copyCorpusInto(root);
        handIns = RealHandIns.makeIn(root);
        Settings settings = new Settings(new MemoryStore());
        MaqalApp.setUpLookAndFeel(settings.theme());
        wb = Workbench.build(root, settings, FakeSections.generator(), corpus -> new FakeExporter());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
        MainFrame frame = GuiActionRunner.execute(() -> new MaqalApp(wb, () -> { }).show());
        window = new FrameFixture(robot, frame);
        assertThat(onEdt(() -> wb.editor().open(handIns.lessonFile()))).isTrue();
    }

    @AfterEach
    void closeWindow() {
        if (robot != null) robot.cleanUp();
    }

    private static <T> T onEdt(Callable<T> read) {
        return GuiActionRunner.execute(read);
    }

    private DialogFixture gradingDialog() {
        return WindowFinder.findDialog("gradingDialog").withTimeout(20_000).using(robot);
    }

    private static int answerIndex(DialogFixture grading, String student, String itemId) {
        return onEdt(() -> {
            @SuppressWarnings("unchecked")
            JList<OpenAnswer> list = grading.robot().finder().findByName(grading.target(), "answersList", JList.class);
            for (int i = 0; i < list.getModel().getSize(); i++) {
                OpenAnswer a = list.getModel().getElementAt(i);
                if (a.student().name().equals(student) && a.itemId().equals(itemId)) return i;
            }
            return -1;
        });
    }

    /** Chooses an answer in the list, as a click on it would. */
    private static void select(DialogFixture grading, int index) {
        GuiActionRunner.execute(() -> grading.list("answersList").target().setSelectedIndex(index));
    }

    private static void showTab(DialogFixture grading, int index) {
        GuiActionRunner.execute(() -> grading.robot().finder().findByName(grading.target(), "gradingTabs", JTabbedPane.class)
                .setSelectedIndex(index));
    }

    private static String cell(DialogFixture grading, int row, int column) {
        return onEdt(() -> {
            JTable table = grading.robot().finder().findByName(grading.target(), "scoresTable", JTable.class, false);
            Object value = table.getValueAt(row, column);
            return table.getCellRenderer(row, column).getTableCellRendererComponent(table, value, false, false, row, column)
                    instanceof javax.swing.JLabel label ? label.getText() : String.valueOf(value);
        });
    }

    /**
     * Chooses a file in a file chooser and approves it on the Swing thread, as Enter would: a robot's
     * click on the button can land while the chooser is still being laid out on a loaded machine.
     */
    @Test
    void aTeacherGradesScoresAnOpenAnswerReopensToItAndExportsTheGradebook() throws Exception {
        GradeReport expected = new Grader().grade(handIns.lesson(), handIns.handIns());
        String open = handIns.openQuestion().id();

        window.menuItem("fileMenu").click();
        window.menuItem("gradeMenuItem").click();
        DialogFixture grading = gradingDialog();
        grading.label("gradingLessonLabel").requireText(handIns.lesson().title());
        assertThat(grading.textBox("gradingFolderField").text()).isEqualTo(handIns.handIns().toString());
        GuiWait.press(grading.button("gradeButton").target());
        waitFor("the hand-ins graded", () -> grading.table("scoresTable").target().getRowCount() == 4);

        for (int r = 0; r < 3; r++) {
            StudentResult student = expected.students().get(r);
            assertThat(cell(grading, r, 1)).isEqualTo(student.student().name());
            assertThat(cell(grading, r, 2)).isEqualTo("\u200E" + ScoresTable.points(student.total()) + " / " + student.max());
        }
        assertThat(cell(grading, 3, 1)).isEqualTo("All students");
        int openColumn = 5 + expected.items().stream().map(i -> i.id()).toList().indexOf(open);
        assertThat(onEdt(() -> grading.table("scoresTable").target().getColumnName(openColumn))).endsWith("✎");
        int layla = expected.students().stream().map(s -> s.student().name()).toList().indexOf(RealHandIns.LAYLA);
        assertThat(cell(grading, layla, openColumn)).isEqualTo("?");
        assertThat(cell(grading, layla, 5)).as("her first scored item, right").endsWith("✓");
        showTab(grading, 2);
        assertThat(grading.table("unreadableTable").target().getRowCount()).isEqualTo(1);
        assertThat(grading.table("unreadableTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(0))).isEqualTo(RealHandIns.NOTE);
        assertThat(grading.table("unreadableTable").valueAt(org.assertj.swing.data.TableCell.row(0).column(1)))
                .as("the reason from the interface bundle").isEqualTo("The file " + RealHandIns.NOTE
                        + " is not a Maqal file of the right kind; check that you chose the right file.");

        showTab(grading, 1);
        int index = answerIndex(grading, RealHandIns.LAYLA, open);
        assertThat(index).isNotNegative();
        select(grading, index);
        waitFor("her answer shown", () -> grading.textBox("givenText").target().getText().contains("تدريب القوات العراقية"));
        assertThat(onEdt(() -> grading.textBox("givenText").target().getComponentOrientation().isLeftToRight())).isFalse();
        assertThat(grading.textBox("expectedText").text()).isNotBlank();
        grading.textBox("pointsField").setText("");
        grading.textBox("pointsField").enterText("2");
        grading.textBox("commentField").enterText(COMMENT);
        GuiWait.press(grading.button("saveMarkButton").target());
        waitFor("the mark saved", () -> grading.label("answerState").target().getText().equals("Scored"));
        assertThat(Marks.load(handIns.handIns(), handIns.lesson().id()).get(
                expected.students().get(layla).student(), open).orElseThrow().comment()).isEqualTo(COMMENT);
        assertThat(cell(grading, layla, openColumn)).isEqualTo("2 ✎");

        GuiWait.press(grading.button("nextAnswerButton").target());
        grading.textBox("pointsField").setText("");
        grading.textBox("pointsField").enterText("1");
        grading.textBox("commentField").enterText("ممتاز");
        GuiWait.close(grading.target());
        waitFor("the grading screen closed", () -> !grading.target().isDisplayable());
        assertThat(Marks.load(handIns.handIns(), handIns.lesson().id()).size()).as("the comment typed before closing is kept").isEqualTo(2);

        assertThat(onEdt(() -> window.menuItem("gradeMenuItem").target().getAccelerator()))
                .as("the shortcut").isEqualTo(KeyStroke.getKeyStroke(KeyEvent.VK_G, InputEvent.CTRL_DOWN_MASK));
        window.menuItem("fileMenu").click();
        window.menuItem("gradeMenuItem").click();
        DialogFixture again = gradingDialog();
        assertThat(again.textBox("gradingFolderField").text()).isEqualTo(handIns.handIns().toString());
        GuiWait.press(again.button("gradeButton").target());
        waitFor("graded again", () -> again.table("scoresTable").target().getRowCount() == 4);
        assertThat(cell(again, layla, openColumn)).isEqualTo("2 ✎");
        showTab(again, 1);
        select(again, answerIndex(again, RealHandIns.LAYLA, open));
        again.textBox("pointsField").requireText("2");
        again.textBox("commentField").requireText(COMMENT);
        again.label("answerState").requireText("Scored");

        Path book = root.resolve("exports").resolve("gradebook.xlsx");
        Files.createDirectories(book.getParent());
        GuiWait.pressLater(again.button("exportGradebookButton").target());
        GuiWait.approve(again.fileChooser(SLOW), book);
        JOptionPaneFixture told = again.optionPane(SLOW);
        told.requireMessage(Pattern.compile("(?s).*gradebook is written.*" + Pattern.quote(book.toString()) + ".*"));
        GuiWait.press(told.okButton().target());

        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(book))) {
            List<String> names = new ArrayList<>();
            double laylaTotal = -1;
            for (Row row : read.getSheet("10A")) {
                Cell first = row.getCell(0);
                if (first == null) continue;
                names.add(first.toString());
                if (first.toString().equals(RealHandIns.LAYLA)) laylaTotal = row.getCell(1).getNumericCellValue();
            }
            assertThat(names).contains(RealHandIns.LAYLA, RealHandIns.OMAR);
            assertThat(laylaTotal).as("her total with the two open answers scored 2 and 1")
                    .isEqualTo(expected.students().get(layla).total() + 2 + 1);
            assertThat(read.getSheet("10B")).isNotNull();
        }
        GuiWait.close(again.target());
    }

    @Test
    void openingAStudentCopyInTheTeachersWindowShowsTheStudentView() {
        GuiWait.pressLater(window.button("openButton").target());
        GuiWait.approve(window.fileChooser(SLOW), handIns.copyFile());
        FrameFixture student = WindowFinder.findFrame("studentFrame").withTimeout(20_000).using(robot);
        student.textBox("nameField").requireVisible();
        student.button("startButton").requireVisible();
        assertThat(onEdt(() -> student.target().getTitle())).contains(handIns.lesson().title());
        assertThat(onEdt(() -> wb.editor().file())).as("the lesson in the editor stays").contains(handIns.lessonFile());
        GuiWait.close(student.target());
        waitFor("the student view closed", () -> !student.target().isDisplayable());
        assertThat(onEdt(() -> window.target().isDisplayable())).isTrue();
    }
}
