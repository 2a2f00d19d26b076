package org.valuebench.io.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The size and ratio limits a workbook must keep before any of it is unpacked, so a ZIP bomb (a small file that
 * inflates to gigabytes) is refused from its directory alone. The entries' declared sizes are checked here;
 * POI's {@link ZipSecureFile} then enforces the same limits on the bytes actually inflated, in case a declared
 * size lies.
 */
final class XlsxZipLimits {
    /** The most one part (a sheet's XML) may inflate to: about 4 to 6 million rows of a few columns. */
    static final long MAX_PART_BYTES = 2L * 1024 * 1024 * 1024;
    /** The most all parts together may inflate to. */
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    /** The most a part may inflate by: real sheets stay far below (about 5 to 40 times); bombs go far above. */
    static final long MAX_RATIO = 100;
    /** Parts smaller than this may inflate by any ratio: a small file of repeated markup compresses very well. */
    static final long GRACE_BYTES = 1024 * 1024;
    /** The most parts a workbook may hold. */
    static final int MAX_ENTRIES = 10_000;

    static {
        // POI keeps these limits in static fields of ZipSecureFile, shared by every workbook the JVM opens. They
        // are set once here, when the first workbook is opened, and nothing else in ValueBench sets them.
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setGraceEntrySize(GRACE_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private XlsxZipLimits() {
    }

    /**
     * Checks the ZIP directory of the workbook and answers each part's declared inflated size by entry name.
     *
     * @throws FeedbackFormatException naming the file and the part when the file is not a readable ZIP or a
     *                                 part breaks a limit
     */
    static Map<String, Long> check(Path file) {
        String name = String.valueOf(file.getFileName());
        Map<String, Long> sizes = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (sizes.size() >= MAX_ENTRIES) {
                    throw bomb(name, "it holds more than " + MAX_ENTRIES + " parts");
                }
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size < 0 || packed < 0) {
                    throw bomb(name, "its part " + entry.getName() + " does not declare its size");
                }
                if (size > MAX_PART_BYTES) {
                    throw bomb(name, "its part " + entry.getName() + " would unpack to " + megabytes(size)
                            + ", more than the " + megabytes(MAX_PART_BYTES) + " limit");
                }
                if (size > GRACE_BYTES && size > MAX_RATIO * Math.max(1, packed)) {
                    throw bomb(name, "its part " + entry.getName() + " would unpack from " + megabytes(packed) + " to "
                            + megabytes(size) + ", " + (size / Math.max(1, packed)) + " times its size (the limit is "
                            + MAX_RATIO + " times)");
                }
                total += size;
                if (total > MAX_TOTAL_BYTES) {
                    throw bomb(name, "its parts would unpack to more than " + megabytes(MAX_TOTAL_BYTES));
                }
                sizes.put(entry.getName(), size);
            }
            return sizes;
        } catch (ZipException e) {
            throw new FeedbackFormatException(name + " is truncated or damaged: its ZIP directory cannot be read ("
                    + e.getMessage() + "). Save the workbook again from Excel (.xlsx) and import that copy", e);
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static FeedbackFormatException bomb(String name, String why) {
        return new FeedbackFormatException(name + " is refused as a possible ZIP bomb: " + why + ". ValueBench unpacks"
                + " no workbook part over " + megabytes(MAX_PART_BYTES) + " or " + MAX_RATIO + " times its packed size");
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
    }
}
