package org.valuebench.ui;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads small {@code /proc} files into a buffer the calling thread keeps. Why: the
 * benchmark reads such files every frame and every 5 ms; {@code Files.readString} made 8 KB or more of garbage
 * per read, some 40 % of all the allocation in a benchmark run, and the collections it caused competed with the
 * window it measures.
 */
final class ProcFile {
    /** Larger than any file read here needs up to the numbers it wants (schedstat, the first line of stat). */
    private static final int BUFFER = 512;
    private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[BUFFER]);

    private ProcFile() {
    }

    /**
     * The {@code index}-th whole number (from 0) in {@code file}, counting only the runs of digits that stand
     * as words of their own: in {@code "cpu  56 3 41"} the number at 1 is 3.
     *
     * @throws UncheckedIOException holding a {@link NoSuchFileException} when the file is gone (its thread ended)
     */
    static long number(Path file, int index) {
        byte[] bytes = BYTES.get();
        int length = read(file, bytes);
        int found = -1;
        int i = 0;
        while (i < length) {
            while (i < length && isSpace(bytes[i])) {
                i++;
            }
            int start = i;
            long value = 0;
            boolean digits = true;
            while (i < length && !isSpace(bytes[i])) {
                digits &= bytes[i] >= '0' && bytes[i] <= '9';
                value = value * 10 + (bytes[i] - '0');
                i++;
            }
            if (i > start && digits && ++found == index) {
                return value;
            }
        }
        throw new IllegalStateException("no number " + index + " in " + file);
    }

    /** The file's first line, e.g. a thread's name in its {@code comm}. */
    static String firstLine(Path file) {
        byte[] bytes = BYTES.get();
        int length = read(file, bytes);
        int end = 0;
        while (end < length && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** Reads the start of {@code file} into {@code bytes}; how many bytes it read. */
    private static int read(Path file, byte[] bytes) {
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return in.readNBytes(bytes, 0, bytes.length);
        } catch (FileNotFoundException gone) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t';
    }
}
