package org.maqal.cli.bench;

import java.lang.management.ManagementFactory;

/** Measures wall-clock time and the processor time of the whole process (all threads, where the JVM tells it). */
record Clock(long wallStart, long cpuStart) {
    /** Wall-clock and processor seconds; processor time is NaN where the JVM does not tell it. */
    record Time(double wall, double cpu) {
    }

    static Clock start() {
        return new Clock(System.nanoTime(), processCpuNanos());
    }

    Time stop() {
        long cpu = processCpuNanos();
        return new Time((System.nanoTime() - wallStart) / 1e9, cpu < 0 || cpuStart < 0 ? Double.NaN : (cpu - cpuStart) / 1e9);
    }

    /** The heap in use after a few collections, in bytes. */
    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
