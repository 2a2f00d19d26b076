package org.valuebench.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the hypervisor gave to other guests while this virtual machine's cores wanted to run ("steal" in
 * {@code /proc/stat}), summed over all cores. It shows as frames that came late although no thread of this
 * process held the cores, so the benchmark reports it beside each step. 0 where Linux does not tell.
 */
final class HostSteal {
    private static final Path STAT = Path.of("/proc/stat");
    private static final boolean READABLE = Files.isReadable(STAT);
    /** /proc/stat counts in USER_HZ ticks, which Linux fixes at 100 a second. */
    private static final double MS_PER_TICK = 10;
    /** Steal is the eighth number on the first line: user, nice, system, idle, iowait, irq, softirq, steal. */
    private static final int STEAL_FIELD = 7;

    private HostSteal() {
    }

    /** Steal time since boot, in milliseconds over all cores. */
    static double soFarMs() {
        return READABLE ? ProcFile.number(STAT, STEAL_FIELD) * MS_PER_TICK : 0;
    }
}
