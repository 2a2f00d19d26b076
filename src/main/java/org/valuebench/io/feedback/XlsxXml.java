package org.valuebench.io.feedback;

import javax.xml.stream.XMLInputFactory;
import org.apache.poi.util.XMLHelper;

/** The one XML reader factory for workbook parts: POI's, with DTDs and external entities turned off. */
final class XlsxXml {
    static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private XlsxXml() {
    }
}
