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
 */
final class EdtStalls extends EventQueue {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong longestCpu = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private volatile String longestWhat = "";

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

    /** Stops measuring: the queue it replaced takes over again. */
    void uninstall() {
        pop();
    }
}
