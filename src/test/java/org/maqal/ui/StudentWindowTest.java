package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.ui.GuiWait.SLOW;
import static org.maqal.ui.GuiWait.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.JComboBox;
import javax.swing.JRadioButton;
import javax.swing.JSplitPane;
import javax.swing.JList;
import java.awt.Point;
import java.awt.Rectangle;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.timing.Pause;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.fixture.JListFixture;
import org.maqal.lesson.student.StudentWork;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.app.MemoryStore;
import org.maqal.app.Settings;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.student.Answer;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.lesson.student.StudentCopyFiles;
import org.maqal.lesson.student.WorkFiles;
import org.maqal.lesson.student.WorkFolder;

/**
 * The student view driven as a student would, on a student copy of the sample lesson: name and class,
 * a multiple-choice answer and a gap, close and reopen with the answers back, hand in to a class
 * folder. Runs under a virtual display (.ci/run starts Xvfb).
 */
@ExtendWith(StallDumps.class)
class StudentWindowTest {
    private static final String RIGHT_SIZE = "أكثر من 300 شخص";

    @TempDir
    Path dir;
    private Robot robot;
    private Settings settings;
    private Path copyFile;
    private Path workFolder;

    @BeforeEach
    void setUp() throws Exception {
        settings = new Settings(new MemoryStore());
        MaqalApp.setUpLookAndFeel(settings.theme());
        copyFile = StudentCopies.write(SampleLessons.forStudents(), List.of(SampleLessons.A, SampleLessons.B),
                FeedbackMode.INSTANT, Files.createDirectories(dir.resolve("copies")));
        workFolder = dir.resolve("work");
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
    }

    @AfterEach
    void tearDown() {
        if (robot != null) robot.cleanUp();
    }

    private FrameFixture openWindow() {
        StudentFrame frame = GuiActionRunner.execute(() -> StudentApp.open(copyFile, workFolder, settings, () -> { }));
        return new FrameFixture(robot, frame);
    }

    @Test
    void aStudentAnswersClosesReopensToTheirAnswersAndHandsIn() throws Exception {
        int right = new StudentCopyFiles().load(copyFile).item("c1").orElseThrow().options().indexOf(RIGHT_SIZE);
        FrameFixture window = openWindow();
        assertThat(GuiActionRunner.execute(() -> window.textBox("whoHint").target().getComponentOrientation().isLeftToRight()))
                .as("the English sign-in hint reads left to right beside an Arabic lesson").isTrue();
        window.textBox("nameField").enterText("Layla Haddad");
        window.textBox("classField").enterText("10A");
        window.button("startButton").click();
        window.label("progressLabel").requireText("0 of 12 answered");

        window.radioButton("choice-c1-" + right).click();
        window.comboBox("gap-g1").selectItem("بحماية");
        window.checkBox("flag-c5").click();
        waitFor("two answers counted", () -> window.label("progressLabel").target().getText().equals("2 of 12 answered"));
        waitFor("the feedback on the choice", () -> window.label("feedback-c1").target().getText().contains("Right"));
        waitFor("the answers saved", () -> window.label("saveLabel").target().getText().equals("All answers saved"));

        window.close();
        waitFor("the window to close", () -> !window.target().isDisplayable());
        Path work = new WorkFolder(workFolder).find(new StudentCopyFiles().load(copyFile)).get(0).file();
        assertThat(new WorkFiles().restore(work).answer("g1")).contains(new Answer.Text("بحماية"));

        FrameFixture again = openWindow();
        again.textBox("nameField").requireText("Layla Haddad");
        again.textBox("classField").requireText("10A");
        GuiWait.press(again.button("startButton").target());
        again.label("progressLabel").requireText("2 of 12 answered");
        assertThat(GuiActionRunner.execute(() -> again.robot().finder()
                .findByName("choice-c1-" + right, JRadioButton.class).isSelected())).isTrue();
        assertThat(GuiActionRunner.execute(() -> again.robot().finder()
                .findByName("gap-g1", JComboBox.class).getSelectedItem())).isEqualTo("بحماية");
        again.checkBox("flag-c5").requireSelected();

        Path classFolder = handIn(again, "(?s).*handed in.*" + Pattern.quote(dir.resolve("class").toString()) + ".*");
        try (Stream<Path> files = Files.list(classFolder)) {
            List<Path> handedIn = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(handedIn).hasSize(1);
            assertThat(new WorkFiles().load(handedIn.get(0)).answer("c1")).contains(new Answer.Choice(RIGHT_SIZE));
            assertThat(new WorkFiles().load(handedIn.get(0)).student().name()).isEqualTo("Layla Haddad");
        }
        GuiWait.close(again.target());
        waitFor("the window to close", () -> !again.target().isDisplayable());
    }

    @Test
    @SuppressWarnings("deprecation")
    void inTheArabicInterfaceTheViewRunsRightToLeftAndAStudentOrdersByKeysAndDragAndHandsIn() throws Exception {
        settings.setLanguage("ar");
        List<String> shown = new StudentCopyFiles().load(copyFile).item("c3").orElseThrow().options();
        FrameFixture window = openWindow();
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JFrame) window.target()).getContentPane().getComponentOrientation().isLeftToRight())).isFalse();
        window.button("startButton").requireText("ابدأ");
        window.textBox("nameField").enterText("ليلى حداد");
        window.textBox("classField").enterText("10A");
        window.button("startButton").click();
        window.label("progressLabel").requireText("أجبت عن ٠ من ١٢");
        assertThat(window.textBox("prompt-v1").text()).as("an Arabic lesson's items are numbered as its worksheet numbers them").startsWith("١. ");
        assertThat(GuiActionRunner.execute(() -> window.textBox("articleText").target().getComponentOrientation().isLeftToRight())).isFalse();
        JSplitPane split = GuiActionRunner.execute(() -> window.robot().finder().findByName("studentSplit", JSplitPane.class));
        assertThat(GuiActionRunner.execute(() -> split.getRightComponent().getName() == null
                && ((javax.swing.JScrollPane) split.getRightComponent()).getViewport().getView().getName().equals("articleText")))
                .as("the article on the right, where reading starts").isTrue();

        JListFixture order = window.list("order-c3");
        order.selectItem(0);
        order.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_DOWN).modifiers(InputEvent.ALT_MASK));
        waitFor("the first entry moved down", () -> order.target().getModel().getElementAt(1).equals(shown.get(0)));
        dragToTop(window.robot(), order.target(), 2);
        List<String> expected = List.of(shown.get(2), shown.get(1), shown.get(0));
        waitFor("the last entry dragged to the top", () -> order.contents()[0].equals(shown.get(2)));
        assertThat(order.contents()).containsExactlyElementsOf(expected);
        window.radioButton("true-c2").click();
        window.textBox("text-c5").enterText("لأن الحلف يريد أن يميّز دوره عن قوات التحالف.");
        waitFor("three answers counted", () -> window.label("progressLabel").target().getText().equals("أجبت عن ٣ من ١٢"));

        Path classFolder = handIn(window, "(?s).*سُلّم عملك.*");
        try (Stream<Path> files = Files.list(classFolder)) {
            Path handedIn = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            StudentWork work = new WorkFiles().load(handedIn);
            assertThat(work.student().name()).isEqualTo("ليلى حداد");
            assertThat(work.answer("c3")).contains(new Answer.Order(expected));
            assertThat(work.answer("c2")).contains(new Answer.Judgement(true));
        }
        GuiWait.close(window.target());
        waitFor("the window to close", () -> !window.target().isDisplayable());
    }

    /** Hands in to the folder {@code class}, as the student would choose it, and checks what they are told. */
    private Path handIn(FrameFixture window, String told) throws Exception {
        Path classFolder = Files.createDirectories(dir.resolve("class"));
        window.button("handInButton").click();
        GuiWait.approve(window.fileChooser(SLOW), classFolder);
        JOptionPaneFixture message = window.optionPane(SLOW);
        message.requireMessage(Pattern.compile(told));
        GuiWait.press(message.okButton().target());
        return classFolder;
    }

    /** Drags an entry of a list to the top edge of its first entry, in small steps as a hand would. */
    private static void dragToTop(Robot robot, JList<?> list, int index) {
        Rectangle from = GuiActionRunner.execute(() -> list.getCellBounds(index, index));
        Rectangle to = GuiActionRunner.execute(() -> list.getCellBounds(0, 0));
        Point start = new Point(from.x + from.width / 2, from.y + from.height / 2);
        int endY = to.y + 3;
        robot.pressMouse(list, start, MouseButton.LEFT_BUTTON);
        for (int step = 1; step <= 12; step++) {
            robot.moveMouse(list, start.x, start.y + (endY - start.y) * step / 12);
            Pause.pause(40);
        }
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }
}
