package org.valuebench.app;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/** A workbench on a real file with the "Corner shop" canvas the feedback fixtures are written for. */
public final class FeedbackTestWorkspace implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);
    public final Path file;
    public final Workbench workbench;
    public final FeedbackUseCases feedback;
    public final GapUseCases gaps;
    public final long canvasId;

    public FeedbackTestWorkspace(Path dir) {
        this.file = dir.resolve("workspace.db");
        this.workbench = TestWorkbenches.open(file, true, CLOCK);
        this.feedback = new FeedbackUseCases(workbench);
        this.gaps = new GapUseCases(workbench);
        CanvasContent shop = new CanvasContent(new Canvas(0, "Corner shop", "Neighbours", "", "", Instant.EPOCH,
                Instant.EPOCH),
                List.of(item(1, Section.NEEDS, "Fair prices", 5, false, 4),
                        item(2, Section.WANTS, "Feel welcome", 2, false, 4),
                        item(3, Section.NEEDS, "Open late", 4, false, 4),
                        item(10, Section.FEATURES, "Always in stock", 3, true, 4),
                        item(11, Section.BENEFITS, "Low prices", 3, true, 5),
                        item(12, Section.EXPERIENCE, "Quick checkout", 3, true, 3),
                        item(13, Section.FEATURES, "Free parking", 3, false, 4)),
                List.of(new FitLink(11, 1), new FitLink(10, 2)));
        this.canvasId = workbench.addCanvas("Add canvas", shop, "Corner shop").canvas().orElseThrow().canvas().id();
    }

    private static Item item(long id, Section section, String text, int importance, boolean promise, int target) {
        return new Item(id, 0, section, (int) id, text, "", ColourTag.NONE, "", importance, promise, target);
    }

    public long promise(String text) {
        return workbench.canvas(canvasId).items().stream().filter(i -> i.text().equals(text)).findFirst()
                .orElseThrow().id();
    }

    public static Path fixture(String name) {
        try {
            return Path.of(FeedbackTestWorkspace.class.getResource("/feedback/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of every table, through a second connection: what "the database as it was" means. */
    public List<String> dump() {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1, 2")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        lines.add(row.toString());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    @Override
    public void close() {
        workbench.close();
    }
}
