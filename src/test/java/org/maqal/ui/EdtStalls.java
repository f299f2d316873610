package org.maqal.ui;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long each event keeps the Swing thread, in wall and processor time, by taking the
 * place of the system event queue. For benchmarks and tests that print the longest stall; it asserts
 * nothing about time.
 *
 * <p>Once uninstalled it passes every event posted to it on to the system queue. AssertJ Swing's window
 * monitor (one for the whole test JVM) remembers this queue for every window that had an event while
 * it was installed, and every robot's {@code waitForIdle} posts an event to each remembered queue and
 * waits for it to run. A popped queue has no thread, so without passing events on, each of those waits
 * would run out its idle timeout (10 s) in every later GUI test until this queue is garbage-collected.
 */
final class EdtStalls extends EventQueue {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong longestCpu = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private volatile String longestWhat = "";
    /** Set just before the pop: events posted here go to the system queue from then on. */
    private volatile boolean forwarding;
    /** Set just after the pop: this queue has no thread any more. */
    private volatile boolean uninstalled;

    /** Starts measuring every event from now on. */
    static EdtStalls install() {
        EdtStalls queue = new EdtStalls();
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(queue);
        return queue;
    }

    @Override
    protected void dispatchEvent(AWTEvent event) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            super.dispatchEvent(event);
        } finally {
            long took = System.nanoTime() - start;
            long c = THREADS.getCurrentThreadCpuTime() - cpu;
            if (took > longest.get()) longestWhat = describe(event);
            longest.accumulateAndGet(took, Math::max);
            longestCpu.accumulateAndGet(c, Math::max);
            events.incrementAndGet();
        }
    }

    /** Forgets what was measured so far. */
    void reset() {
        longestWhat = "";
        longest.set(0);
        longestCpu.set(0);
        events.set(0);
    }

    /** The longest one event kept the Swing thread, in nanoseconds of wall time. */
    long longest() {
        return longest.get();
    }

    private static String describe(AWTEvent event) {
        String s = String.valueOf(event).replaceAll(",when=\\d+|,notifier=null|,catchExceptions=\\w+|/0x\\w+|@\\w+", "");
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    /** What the longest event was (its kind and source, from its description). */
    String longestWhat() {
        return longestWhat;
    }

    /** The most processor time one event took on the Swing thread, in nanoseconds. */
    long longestCpu() {
        return longestCpu.get();
    }

    /** Events dispatched since the last reset. */
    long events() {
        return events.get();
    }

    /** Before it is installed and while it is, queues the event; after, passes it on to the system queue. */
    @Override
    public void postEvent(AWTEvent event) {
        if (forwarding) Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(event);
        else super.postEvent(event);
    }

    /**
     * Once uninstalled, nothing is waiting here. The pop leaves an event behind in this queue (a
     * wake-up call for the Swing thread, which stays if that thread was busy rather than waiting on
     * this queue), and the robot's wait for idleness asks each remembered queue whether an event is
     * left: it would keep asking until its idle timeout, in every later GUI test.
     */
    @Override
    public AWTEvent peekEvent() {
        return uninstalled ? null : super.peekEvent();
    }

    /**
     * Stops measuring: the queue it replaced takes over again, with the events still waiting here,
     * and events posted here from now on go there. Posting is passed on from before the pop (until
     * the pop, the system queue hands what it is given back to this one and the pop moves it on).
     */
    void uninstall() {
        forwarding = true;
        pop();
        uninstalled = true;
    }
}
