package org.valuebench.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time the hypervisor gave to other guests while this virtual machine's cores wanted to run ("steal" in
 * {@code /proc/stat}), summed over all cores. It shows as frames that came late although no thread of this
 * process held the cores, so the benchmark reports it beside each step. 0 where Linux does not tell.
 */
final class HostSteal {
    private static final Path STAT = Path.of("/proc/stat");
    /** /proc/stat counts in USER_HZ ticks, which Linux fixes at 100 a second. */
    private static final double MS_PER_TICK = 10;
    private static final int STEAL_FIELD = 8;

    private HostSteal() {
    }

    /** Steal time since boot, in milliseconds over all cores. */
    static double soFarMs() {
        if (!Files.isReadable(STAT)) {
            return 0;
        }
        try {
            String[] cpu;
            // Only the first line, the sum over all cores: the benchmark reads this every frame.
            try (BufferedReader lines = Files.newBufferedReader(STAT)) {
                cpu = lines.readLine().trim().split("\\s+");
            }
            return cpu.length > STEAL_FIELD ? Long.parseLong(cpu[STEAL_FIELD]) * MS_PER_TICK : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
