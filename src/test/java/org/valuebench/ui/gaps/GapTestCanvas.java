package org.valuebench.ui.gaps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.ui.workbench.TestCanvases;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** The "Corner shop" canvas the feedback fixtures in src/test/resources/feedback are written for. */
public final class GapTestCanvas {

    private GapTestCanvas() {
    }

    static CanvasContent cornerShop() {
        return new CanvasContent(new Canvas(0, "Corner shop", "Neighbours", "", "", Instant.EPOCH, Instant.EPOCH),
                List.of(item(1, Section.NEEDS, "Fair prices", 5, false, 4),
                        item(2, Section.WANTS, "Feel welcome", 2, false, 4),
                        item(3, Section.NEEDS, "Open late", 4, false, 4),
                        item(10, Section.FEATURES, "Always in stock", 3, true, 4),
                        item(11, Section.BENEFITS, "Low prices", 3, true, 5),
                        item(12, Section.EXPERIENCE, "Quick checkout", 3, true, 3),
                        item(13, Section.FEATURES, "Free parking", 3, false, 4)),
                List.of(new FitLink(11, 1), new FitLink(10, 2)));
    }

    private static Item item(long id, Section section, String text, int importance, boolean promise, int target) {
        return TestCanvases.item(id, section, text, importance, promise, target);
    }

    /** Adds the canvas through the window's model and shows it. */
    public static long addTo(WorkbenchViewModel model) {
        return TestCanvases.add(model, cornerShop());
    }

    static long promise(WorkbenchViewModel model, String text) {
        return TestCanvases.itemId(model, text);
    }

    public static Path fixture(String name) {
        try {
            return Path.of(GapTestCanvas.class.getResource("/feedback/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A long-format file of {@code rows} customer records on "Always in stock" (scores 1 to 5 in turn, one a
     * day from 2024-01-01), each with a numbered comment; every third in segment "Tourists", the rest "Regulars".
     */
    public static Path longFile(Path dir, String name, int rows) {
        StringBuilder csv = new StringBuilder("promise,score,scale,date,voice,channel,segment,respondent,comment\n");
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < rows; i++) {
            csv.append("Always in stock,").append(1 + i % 5).append(",1-5,").append(start.plusDays(i % 700))
                    .append(",customer,survey,").append(i % 3 == 0 ? "Tourists" : "Regulars").append(",R-").append(i)
                    .append(",Comment ").append(i).append('\n');
        }
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
