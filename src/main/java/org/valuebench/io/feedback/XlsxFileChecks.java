package org.valuebench.io.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** How a file that should be a workbook is told apart from one that is not, and the messages for those. */
final class XlsxFileChecks {
    /** The first bytes of an OLE2 compound file: Excel 97-2003 workbooks, and encrypted .xlsx workbooks. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final String ENCRYPTED = new String("EncryptionInfo".getBytes(StandardCharsets.UTF_16LE),
            StandardCharsets.ISO_8859_1);

    private XlsxFileChecks() {
    }

    static boolean isOle2(byte[] head) {
        if (head.length < OLE2.length) {
            return false;
        }
        for (int i = 0; i < OLE2.length; i++) {
            if (head[i] != OLE2[i]) {
                return false;
            }
        }
        return true;
    }

    /** A ZIP whose first entries are those of an Office file: {@code [Content_Types].xml} or the {@code xl/} parts. */
    static boolean looksLikeWorkbook(byte[] head) {
        String names = new String(head, StandardCharsets.ISO_8859_1);
        return names.contains("[Content_Types].xml") || names.contains("xl/");
    }

    /** Refuses an Excel 97-2003 or encrypted workbook with what to do about it. */
    static void refuseOle2(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FileHead.SIZE);
        } catch (NoSuchFileException e) {
            throw new FeedbackFormatException(file + " does not exist");
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!isOle2(head)) {
            return;
        }
        String name = String.valueOf(file.getFileName());
        if (new String(head, StandardCharsets.ISO_8859_1).contains(ENCRYPTED)) {
            throw new FeedbackFormatException(name + " is an encrypted (password-protected) workbook, which ValueBench"
                    + " cannot read: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt"
                    + " with Password) and save it as Excel Workbook (.xlsx)");
        }
        throw new FeedbackFormatException(name + " is an Excel 97-2003 workbook (.xls) or another old Office file,"
                + " which ValueBench does not read: open it in Excel and save it as Excel Workbook (.xlsx)");
    }

    /** POI could not open or read the package: the ZIP is damaged or is not an Office file. */
    static FeedbackFormatException unreadable(String name, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        if (why.contains("Zip bomb") || why.contains("zip bomb")) {
            return XlsxZipLimits.bomb(name, "a part unpacks to more than its limits allow");
        }
        return new FeedbackFormatException(name + " is not a readable Excel workbook (" + why + "). Save it again from"
                + " Excel as Excel Workbook (.xlsx) and import that copy", e);
    }
}
