package org.valuebench.app;

import java.nio.file.Path;
import java.time.Instant;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.store.Workspace;
import org.valuebench.store.TestWorkspaces;

/**
 * A workbench on a real workspace file with a ticking clock, and a small canvas to edit:
 * wants "Calm" and "Treat", need "Coffee", features "App" (answers Calm and Coffee) and "Loyalty card"
 * (answers Treat), benefit "No queue" (answers Coffee), competitor "Kiosk".
 */
public final class WorkbenchFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-05-06T07:00:00Z");
    public final Path file;
    public final TickingClock clock = new TickingClock(START);
    public final Workbench wb;
    public long canvas;
    public long calm;
    public long treat;
    public long coffee;
    public long app;
    public long card;
    public long noQueue;
    public long kiosk;

    WorkbenchFixture(Path file, int undoLimit) {
        this.file = file;
        this.wb = new Workbench(TestWorkspaces.open(file, false), clock, undoLimit);
    }

    public static WorkbenchFixture withCafe(Path dir) {
        WorkbenchFixture f = new WorkbenchFixture(dir.resolve("ws.db"), UndoHistory.DEFAULT_LIMIT);
        f.canvas = f.wb.createCanvas("Café").canvas().orElseThrow().canvas().id();
        f.calm = f.add(Section.WANTS, "Calm");
        f.treat = f.add(Section.WANTS, "Treat");
        f.coffee = f.add(Section.NEEDS, "Coffee");
        f.app = f.add(Section.FEATURES, "App");
        f.card = f.add(Section.FEATURES, "Loyalty card");
        f.noQueue = f.add(Section.BENEFITS, "No queue");
        f.kiosk = f.add(Section.COMPETITORS, "Kiosk");
        f.wb.link(f.app, f.calm);
        f.wb.link(f.app, f.coffee);
        f.wb.link(f.card, f.treat);
        f.wb.link(f.noQueue, f.coffee);
        return f;
    }

    long add(Section section, String text) {
        return wb.addItem(canvas, section, text, -1).focusItemId();
    }

    public CanvasContent content() {
        return wb.canvas(canvas);
    }

    public Item item(long id) {
        return content().item(id).orElseThrow();
    }

    @Override
    public void close() {
        wb.close();
    }
}
