package org.valuebench.io.feedback;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared strings (the table Excel keeps every text cell's text in), held compactly: all texts as
 * UTF-8 in large byte blocks, with one index entry per string. A sheet of a million unique comments of 60
 * characters holds about 70 MB here, against about twice that as Java strings in POI's
 * {@code ReadOnlySharedStringsTable}. The texts must be held: cells refer to them by number, in any order.
 */
final class XlsxSharedStrings {
    static final XlsxSharedStrings NONE = new XlsxSharedStrings();
    private static final int BLOCK = 1 << 20;
    private byte[][] blocks = new byte[4][];
    private int blockCount;
    private int used;
    /** Per string: its block in the high 32 bits, its offset in the low 32; the length is stored before it. */
    private long[] starts = new long[1024];
    private int count;

    int size() {
        return count;
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        long start = starts[index];
        byte[] block = blocks[(int) (start >>> 32)];
        int at = (int) start;
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = block[at++];
            length |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return new String(block, at, length, StandardCharsets.UTF_8);
    }

    private void add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int needed = bytes.length + 5;
        if (blockCount == 0 || used + needed > blocks[blockCount - 1].length) {
            if (blockCount == blocks.length) {
                blocks = Arrays.copyOf(blocks, blockCount * 2);
            }
            blocks[blockCount++] = new byte[Math.max(BLOCK, needed)];
            used = 0;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = ((long) (blockCount - 1) << 32) | used;
        byte[] block = blocks[blockCount - 1];
        int length = bytes.length;
        while (length >= 0x80) {
            block[used++] = (byte) (length | 0x80);
            length >>>= 7;
        }
        block[used++] = (byte) length;
        System.arraycopy(bytes, 0, block, used, bytes.length);
        used += bytes.length;
    }

    /**
     * Reads the shared strings part: one {@code <si>} per string, its text in {@code <t>} elements (several for
     * rich text, in {@code <r>} runs); phonetic guides ({@code <rPh>}) are not part of the text.
     */
    static XlsxSharedStrings read(InputStream in) throws XMLStreamException {
        XlsxSharedStrings strings = new XlsxSharedStrings();
        XMLStreamReader xml = XlsxXml.FACTORY.createXMLStreamReader(in);
        try {
            StringBuilder text = new StringBuilder();
            boolean inString = false;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("si".equals(name)) {
                        inString = true;
                        text.setLength(0);
                    } else if ("rPh".equals(name)) {
                        phonetic++;
                    } else if ("t".equals(name) && inString && phonetic == 0) {
                        text.append(xml.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("si".equals(name)) {
                        strings.add(text.toString());
                        inString = false;
                    } else if ("rPh".equals(name)) {
                        phonetic--;
                    }
                }
            }
            return strings;
        } finally {
            xml.close();
        }
    }
}
