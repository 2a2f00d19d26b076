package org.valuebench.app.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** ZIP files built for hostile-workbook tests: a part swapped for another, a plain archive, an encrypted copy. */
final class XlsxTestZips {

    private XlsxTestZips() {
    }

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Copies the workbook with one entry's content replaced. */
    static Path replaceEntry(Path from, Path to, String entryName, Content content) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    content.write(out);
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return to;
    }

    /** Rewrites the entry's inflated size in the ZIP's central directory: a directory that lies. */
    static void declareSize(Path zip, String entryName, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == name.length
                    && entryName.equals(new String(bytes, at + 46, name.length, StandardCharsets.UTF_8))) {
                buffer.putInt(at + 24, size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException(entryName + " is not in " + zip);
    }

    static Path write(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    /** The workbook saved with a password, as Excel's File > Info > Protect Workbook > Encrypt does. */
    static Path encrypt(Path plain, Path to) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                fs.writeFilesystem(out);
            }
        }
        return to;
    }
}
