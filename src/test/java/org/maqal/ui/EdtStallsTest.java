package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.awt.event.InvocationEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.monitor.WindowMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Swing-thread meter leaves nothing behind for later GUI tests: a window shown while it measured
 * makes AssertJ Swing's window monitor remember it as an event queue that robots wait on, so once it
 * is uninstalled an event posted to it must still run (else every later robot wait runs out its idle
 * timeout, which made a student window test take 205 s instead of 6 in some full runs), and nothing
 * may be left in it for a robot to wait on.
 */
@ExtendWith(StallDumps.class)
class EdtStallsTest {
    private final Robot robot = BasicRobot.robotWithNewAwtHierarchy();

    @AfterEach
    void cleanUp() {
        robot.cleanUp();
    }

    @Test
    void anEventPostedToTheMeterAfterItIsUninstalledStillRuns() throws Exception {
        EdtStalls stalls = EdtStalls.install();
        JFrame frame;
        try {
            frame = GuiActionRunner.execute(() -> {
                JFrame f = new JFrame("measured");
                f.setSize(300, 200);
                f.setVisible(true);
                return f;
            });
            robot.waitForIdle();
        } finally {
            stalls.uninstall();
        }
        assertThat(WindowMonitor.instance().allEventQueues()).as("the queues robots wait on").contains(stalls);
        assertThat(stalls.events()).as("events measured while installed").isPositive();

        CountDownLatch ran = new CountDownLatch(1);
        stalls.postEvent(new InvocationEvent(this, ran::countDown));
        assertThat(ran.await(60, TimeUnit.SECONDS)).as("the event posted after uninstalling ran").isTrue();
        assertThat(stalls.peekEvent()).as("what is left in the uninstalled queue").isNull();
        GuiActionRunner.execute(() -> frame.dispose());
    }

    /**
     * Uninstalling while the Swing thread is busy: the pop leaves its wake-up call in the meter's queue,
     * where no thread will take it, and a robot asking that queue whether it is empty would wait out
     * its idle timeout (245 s for a student window test in one full run).
     */
    @Test
    void aWakeUpCallLeftInTheUninstalledMeterKeepsNoRobotWaiting() throws Exception {
        EdtStalls stalls = EdtStalls.install();
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventQueue.invokeLater(() -> {
            busy.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(busy.await(60, TimeUnit.SECONDS)).as("the Swing thread is busy").isTrue();
            stalls.uninstall();
        } finally {
            release.countDown();
        }
        robot.waitForIdle();
        assertThat(stalls.peekEvent()).as("what a robot finds left in the uninstalled queue").isNull();
    }
}
