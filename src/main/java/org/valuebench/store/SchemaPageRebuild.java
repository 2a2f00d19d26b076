package org.valuebench.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives a scratch copy of a workspace whose first page is damaged a readable list of tables again, so SQLite can
 * read the tables' own pages. Page 1 holds the root of that list; in a workspace the list's rows sit on other
 * pages, which this finds by reading the file's table pages as SQLite lays them out (file format 3), keeping the
 * root page of each wanted table. Page 1 is then rewritten as one page listing those tables with their column
 * names only: enough to read them, nothing to write with. Only ever run on a scratch copy.
 */
final class SchemaPageRebuild {
    private static final int HEADER = 100;
    private static final byte TABLE_LEAF = 0x0D;
    private static final byte TABLE_INTERIOR = 0x05;

    private SchemaPageRebuild() {
    }

    /**
     * Rewrites page 1 of {@code scratch} to list the tables of {@code definitions} (name to a CREATE TABLE
     * statement) whose root page was found; returns how many were.
     */
    static int rebuild(Path scratch, Map<String, String> definitions) throws IOException {
        try (FileChannel file = FileChannel.open(scratch, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = read(file, 0, HEADER);
            int sizeField = Short.toUnsignedInt(header.getShort(16));
            int pageSize = sizeField == 1 ? 65_536 : sizeField;
            int usable = pageSize - Byte.toUnsignedInt(header.get(20));
            long pages = file.size() / pageSize;
            Map<String, Long> roots = new LinkedHashMap<>();
            for (long page = 2; page <= pages; page++) {
                ByteBuffer content = read(file, (page - 1) * pageSize, pageSize);
                if (content.get(0) == TABLE_LEAF) {
                    collectRoots(content, usable, definitions, pages, roots);
                }
            }
            roots.entrySet().removeIf(root -> !isTablePage(file, root.getValue(), pageSize));
            if (roots.isEmpty()) {
                return 0;
            }
            file.write(ByteBuffer.wrap(pageOne(header, pageSize, usable, roots, definitions)), 0);
            return roots.size();
        }
    }

    private static ByteBuffer read(FileChannel file, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && file.read(buffer, at + buffer.position()) >= 0) {
            // keeps reading until the page is whole or the file ends
        }
        return buffer.flip().limit(length);
    }

    private static boolean isTablePage(FileChannel file, long page, int pageSize) {
        try {
            byte type = read(file, (page - 1) * pageSize, 1).get(0);
            return type == TABLE_LEAF || type == TABLE_INTERIOR;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the rows of one table leaf page; keeps those that are schema rows of a wanted table. */
    private static void collectRoots(ByteBuffer page, int usable, Map<String, String> wanted, long pages,
                                     Map<String, Long> roots) {
        int cells = Short.toUnsignedInt(page.getShort(3));
        int maxLocal = usable - 35;
        for (int i = 0; i < cells && 8 + 2 * i + 1 < usable; i++) {
            int at = Short.toUnsignedInt(page.getShort(8 + 2 * i));
            if (at < 8 || at >= usable) {
                continue;
            }
            Cursor cursor = new Cursor(page, at);
            long payload = cursor.varint();
            cursor.varint(); // the row id
            if (payload > maxLocal || cursor.at + payload > usable) {
                continue; // spills onto overflow pages: no schema row of ours is that long
            }
            Object[] row = record(page, cursor.at, (int) payload);
            if (row != null && row.length == 5 && "table".equals(row[0]) && row[1] instanceof String name
                    && wanted.containsKey(name) && row[3] instanceof Long root && root >= 2 && root <= pages) {
                roots.putIfAbsent(name, root);
            }
        }
    }

    /** The values of a record (NULL, integers and text only), or null when it is not one. */
    private static Object[] record(ByteBuffer page, int start, int length) {
        Cursor header = new Cursor(page, start);
        long headerSize = header.varint();
        if (headerSize < 1 || headerSize > length) {
            return null;
        }
        int end = start + (int) headerSize;
        int body = end;
        java.util.List<Object> values = new java.util.ArrayList<>();
        while (header.at < end) {
            long type = header.varint();
            int size = type >= 12 ? (int) ((type - 12) / 2) : new int[] {0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0}[(int) type];
            if (body + size > start + length) {
                return null;
            }
            if (type == 0) {
                values.add(null);
            } else if (type <= 6) {
                long v = page.get(body); // sign-extended first byte
                for (int b = 1; b < size; b++) {
                    v = (v << 8) | Byte.toUnsignedInt(page.get(body + b));
                }
                values.add(v);
            } else if (type == 8 || type == 9) {
                values.add(type - 8);
            } else if (type >= 13 && type % 2 == 1) {
                byte[] text = new byte[size];
                page.get(body, text);
                values.add(new String(text, StandardCharsets.UTF_8));
            } else {
                values.add(type); // a float or blob: no schema row has one
            }
            body += size;
        }
        return values.toArray();
    }

    private static byte[] pageOne(ByteBuffer header, int pageSize, int usable, Map<String, Long> roots,
                                  Map<String, String> definitions) {
        ByteBuffer page = ByteBuffer.allocate(pageSize);
        page.put(header.duplicate().position(0).limit(HEADER));
        int content = usable;
        int cell = 0;
        for (Map.Entry<String, Long> root : roots.entrySet()) {
            byte[] record = schemaRecord(root.getKey(), root.getValue(), definitions.get(root.getKey()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(varint(record.length));
            bytes.writeBytes(varint(cell + 1L));
            bytes.writeBytes(record);
            byte[] encoded = bytes.toByteArray();
            if (content - encoded.length < HEADER + 8 + 2 * (cell + 1)) {
                break; // page 1 is full: the tables listed first are the ones the others depend on
            }
            content -= encoded.length;
            page.put(content, encoded);
            page.putShort(HEADER + 8 + 2 * cell, (short) content);
            cell++;
        }
        page.put(HEADER, TABLE_LEAF);
        page.putShort(HEADER + 1, (short) 0);
        page.putShort(HEADER + 3, (short) cell);
        page.putShort(HEADER + 5, (short) (content == 65_536 ? 0 : content));
        page.put(HEADER + 7, (byte) 0);
        return page.array();
    }

    private static byte[] schemaRecord(String name, long root, String sql) {
        byte[][] texts = {"table".getBytes(StandardCharsets.UTF_8), name.getBytes(StandardCharsets.UTF_8),
                name.getBytes(StandardCharsets.UTF_8), null, sql.getBytes(StandardCharsets.UTF_8)};
        ByteArrayOutputStream types = new ByteArrayOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] text : texts) {
            if (text == null) {
                types.writeBytes(varint(4)); // a 4-byte integer: the root page
                body.writeBytes(ByteBuffer.allocate(4).putInt((int) root).array());
            } else {
                types.writeBytes(varint(text.length * 2L + 13));
                body.writeBytes(text);
            }
        }
        byte[] typeBytes = types.toByteArray();
        byte[] size = varint(typeBytes.length + 1L);
        if (size.length > 1) {
            size = varint(typeBytes.length + (long) size.length);
        }
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(size);
        record.writeBytes(typeBytes);
        record.writeBytes(body.toByteArray());
        return record.toByteArray();
    }

    /** SQLite's variable-length integer: 7 bits a byte, most significant first (values below 2^56 here). */
    private static byte[] varint(long value) {
        int groups = 1;
        while (groups < 8 && value >>> (7 * groups) != 0) {
            groups++;
        }
        byte[] out = new byte[groups];
        for (int i = 0; i < groups; i++) {
            int shift = 7 * (groups - 1 - i);
            out[i] = (byte) (((value >>> shift) & 0x7F) | (i < groups - 1 ? 0x80 : 0));
        }
        return out;
    }

    private static final class Cursor {
        private final ByteBuffer page;
        private int at;

        Cursor(ByteBuffer page, int at) {
            this.page = page;
            this.at = at;
        }

        long varint() {
            long value = 0;
            for (int i = 0; i < 9 && at < page.limit(); i++) {
                int b = Byte.toUnsignedInt(page.get(at++));
                if (i == 8) {
                    return (value << 8) | b;
                }
                value = (value << 7) | (b & 0x7F);
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            return value;
        }
    }
}
