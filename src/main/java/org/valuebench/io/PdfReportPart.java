package org.valuebench.io;

import java.io.IOException;

/**
 * Pages added to a canvas report after the fit summary, such as the gap report ({@link GapReportPages}): a
 * part is handed the report under construction and adds its own pages, either as flowing text
 * ({@link PdfReport#addFlowPages}) or drawn directly as vector graphics ({@link PdfReport#addTitledPage} or
 * {@link PdfReport#addPage}, then {@link PdfReport#paint}).
 */
@FunctionalInterface
public interface PdfReportPart {
    void addTo(PdfReport report) throws IOException;
}
