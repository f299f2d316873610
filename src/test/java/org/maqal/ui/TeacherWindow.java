package org.maqal.ui;

import static org.maqal.ui.GuiWait.waitFor;

import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.maqal.app.MemoryStore;
import org.maqal.app.Settings;
import org.maqal.testing.FakeSections;

/**
 * The teacher's window opened for a test on a working folder, with stand-in generators and exporter,
 * once its corpus is analysed. {@link #close} cleans the robot up.
 */
record TeacherWindow(Robot robot, Workbench wb, FrameFixture window) {

    /** Opens the window on {@code root} (which holds {@code corpus/}) and waits for that many articles. */
    static TeacherWindow open(Path root, int articles, int delayBetweenEvents) throws Exception {
        return open(root, articles, delayBetweenEvents, new Settings(new MemoryStore()));
    }

    /** Opens the window in the interface language given ({@code en} or {@code ar}). */
    static TeacherWindow open(Path root, int articles, int delayBetweenEvents, String language) throws Exception {
        Settings settings = new Settings(new MemoryStore());
        settings.setLanguage(language);
        return open(root, articles, delayBetweenEvents, settings);
    }

    /** Opens the window with these settings (an Arabic interface, say). */
    static TeacherWindow open(Path root, int articles, int delayBetweenEvents, Settings settings) throws Exception {
        MaqalApp.setUpLookAndFeel(settings.theme());
        Workbench wb = Workbench.build(root, settings, FakeSections.generator(), corpus -> new FakeExporter());
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(delayBetweenEvents);
        MainFrame frame = GuiActionRunner.execute(() -> new MaqalApp(wb, () -> { }).show());
        FrameFixture window = new FrameFixture(robot, frame);
        waitFor("the corpus to be analysed", () -> wb.corpus().analysis().isPresent()
                && window.table("corpusTable").target().getRowCount() == articles);
        return new TeacherWindow(robot, wb, window);
    }

    void close() {
        robot.cleanUp();
    }
}
