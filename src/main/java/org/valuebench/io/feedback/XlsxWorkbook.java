package org.valuebench.io.feedback;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An .xlsx workbook opened for reading: its sheets in workbook order, which cell styles are dates, its date
 * system, and its shared strings. Only the small parts are read here; a sheet's rows are streamed by
 * {@link XlsxSheetReader}. The ZIP's declared sizes are checked ({@link XlsxZipLimits}) before POI opens it.
 */
final class XlsxWorkbook implements AutoCloseable {
    private final Path file;
    private final String name;
    private final OPCPackage pkg;
    private final PackageReader reader;
    private final Map<String, Long> partSizes;
    private final List<String> sheetNames = new ArrayList<>();
    private final Map<String, PackagePart> sheetParts = new HashMap<>();

    private XlsxWorkbook(Path file, OPCPackage pkg, PackageReader reader, Map<String, Long> partSizes) {
        this.file = file;
        this.name = String.valueOf(file.getFileName());
        this.pkg = pkg;
        this.reader = reader;
        this.partSizes = partSizes;
    }

    static XlsxWorkbook open(Path file) {
        String name = String.valueOf(file.getFileName());
        XlsxFileChecks.refuseOle2(file);
        Map<String, Long> sizes = XlsxZipLimits.check(file);
        if (!sizes.containsKey("[Content_Types].xml") || sizes.keySet().stream().noneMatch(n -> n.startsWith("xl/"))) {
            throw notAWorkbook(name);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new File(file.toString()), PackageAccess.READ);
            XlsxWorkbook workbook = new XlsxWorkbook(file, pkg, new PackageReader(pkg), sizes);
            workbook.listSheets();
            return workbook;
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | UnsupportedFileFormatException
                 | POIXMLException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw XlsxFileChecks.unreadable(name, e);
        } catch (RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw e;
        }
    }

    static FeedbackFormatException notAWorkbook(String name) {
        return new FeedbackFormatException(name + " is a ZIP archive but not an Excel workbook (.xlsx): it has no"
                + " workbook inside. Open the responses in Excel and save them as Excel Workbook (.xlsx)");
    }

    private void listSheets() throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                String sheet = sheets.getSheetName();
                sheetNames.add(sheet);
                sheetParts.put(sheet, sheets.getSheetPart());
            }
        }
        if (sheetNames.isEmpty()) {
            throw new FeedbackFormatException(name + " has no sheets");
        }
    }

    List<String> sheets() {
        return List.copyOf(sheetNames);
    }

    String fileName() {
        return name;
    }

    Path file() {
        return file;
    }

    /** The sheet asked for (exactly, or else ignoring case as Excel does), or the first for a blank name. */
    String sheet(String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return sheetNames.get(0);
        }
        if (sheetParts.containsKey(wanted)) {
            return wanted;
        }
        for (String sheet : sheetNames) {
            if (sheet.equalsIgnoreCase(wanted.strip())) {
                return sheet;
            }
        }
        throw new FeedbackFormatException(name + " has no sheet '" + wanted + "'; its sheets: "
                + String.join(", ", sheetNames.stream().map(s -> "'" + s + "'").toList()));
    }

    /** The sheet's XML, as it is inflated (POI's limits applied). */
    InputStream sheetData(String sheet) throws IOException {
        return sheetParts.get(sheet).getInputStream();
    }

    /** The declared inflated size of the sheet's XML, for progress. */
    long sheetSize(String sheet) {
        String part = sheetParts.get(sheet).getPartName().getName();
        return partSizes.getOrDefault(part.startsWith("/") ? part.substring(1) : part, 0L);
    }

    /** Whether the workbook counts dates from 1904 (as old Mac Excel did) rather than from 1900. */
    boolean date1904() throws IOException, XMLStreamException {
        try (InputStream in = reader.workbookPart().getInputStream()) {
            XMLStreamReader xml = XlsxXml.FACTORY.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String element = xml.getLocalName();
                        if ("workbookPr".equals(element)) {
                            String value = xml.getAttributeValue(null, "date1904");
                            return "1".equals(value) || "true".equalsIgnoreCase(value);
                        }
                        if ("sheets".equals(element)) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }

    /** The cell styles (by their number, the {@code s} of a cell) whose number format shows a date or time. */
    BitSet dateStyles() throws IOException, XMLStreamException, OpenXML4JException {
        BitSet dates = new BitSet();
        PackagePart styles = reader.related(XSSFRelation.STYLES.getRelation());
        if (styles == null) {
            return dates;
        }
        try (InputStream in = styles.getInputStream()) {
            XMLStreamReader xml = XlsxXml.FACTORY.createXMLStreamReader(in);
            try {
                Map<Integer, String> formats = new HashMap<>();
                boolean cellXfs = false;
                int index = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String element = xml.getLocalName();
                        if ("numFmt".equals(element)) {
                            formats.put(number(xml.getAttributeValue(null, "numFmtId")),
                                    xml.getAttributeValue(null, "formatCode"));
                        } else if ("cellXfs".equals(element)) {
                            cellXfs = true;
                        } else if ("xf".equals(element) && cellXfs) {
                            int id = number(xml.getAttributeValue(null, "numFmtId"));
                            String code = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
                            if (code != null && DateUtil.isADateFormat(id, code)) {
                                dates.set(index);
                            }
                            index++;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                        break;
                    }
                }
                return dates;
            } finally {
                xml.close();
            }
        }
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The shared strings, or none when the workbook keeps its texts in the cells. */
    XlsxSharedStrings sharedStrings() throws IOException, XMLStreamException, OpenXML4JException {
        PackagePart strings = reader.related(XSSFRelation.SHARED_STRINGS.getRelation());
        if (strings == null) {
            return XlsxSharedStrings.NONE;
        }
        try (InputStream in = strings.getInputStream()) {
            return XlsxSharedStrings.read(in);
        }
    }

    @Override
    public void close() {
        // Opened read-only: revert closes the file without writing anything back.
        pkg.revert();
    }

    /** POI's reader, with the workbook part it found (strict OOXML or not) in reach. */
    private static final class PackageReader extends XSSFReader {
        PackageReader(OPCPackage pkg) throws IOException, OpenXML4JException {
            super(pkg);
        }

        PackagePart workbookPart() {
            return workbookPart;
        }

        PackagePart related(String type) throws OpenXML4JException {
            PackageRelationshipCollection relations = workbookPart.getRelationshipsByType(type);
            return relations.isEmpty() ? null : workbookPart.getRelatedPart(relations.getRelationship(0));
        }
    }
}
