package org.maqal.cli.bench;

import java.lang.management.ManagementFactory;

/**
 * Measures wall-clock time and the processor time of the whole process (all threads, the garbage
 * collector's included, where the JVM tells it), from {@link #start()} to {@link #stop()}.
 */
record ProcessClock(long wallStart, long cpuStart) {
    /** Wall-clock and processor seconds; the processor seconds are NaN where the JVM does not tell them. */
    record Time(double wall, double cpu) {
    }

    static ProcessClock start() {
        return new ProcessClock(System.nanoTime(), processCpuNanos());
    }

    Time stop() {
        long cpu = processCpuNanos();
        return new Time((System.nanoTime() - wallStart) / 1e9, cpu < 0 || cpuStart < 0 ? Double.NaN : (cpu - cpuStart) / 1e9);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
