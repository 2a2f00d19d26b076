package org.valuebench.ui.library;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** The canvas library: the list filtered by the search text, and the commands on the shown canvas. */
public final class LibraryViewModel {
    static final String NEW_CANVAS_NAME = "Untitled canvas";
    private final WorkbenchViewModel workbench;
    private final StringProperty search = new SimpleStringProperty("");
    private final FilteredList<CanvasSummary> canvases;

    public LibraryViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        this.canvases = new FilteredList<>(workbench.library());
        search.addListener((obs, old, now) -> canvases.setPredicate(matching(now)));
    }

    private static java.util.function.Predicate<CanvasSummary> matching(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return null;
        }
        return c -> c.name().toLowerCase(Locale.ROOT).contains(wanted)
                || c.segment().toLowerCase(Locale.ROOT).contains(wanted);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The canvases whose name or customer segment contains the search text. */
    public FilteredList<CanvasSummary> canvases() {
        return canvases;
    }

    public void open(CanvasSummary canvas) {
        if (canvas != null) {
            workbench.showCanvas(canvas.id());
        }
    }

    public void newCanvas() {
        workbench.createCanvas(workbench.unusedCanvasName(NEW_CANVAS_NAME));
    }

    /**
     * Duplicates the shown canvas. One that has had workshops asks first, saying its cards and links are copied but
     * not its workshops (they are the record of what that team decided on that canvas).
     */
    public void duplicate() {
        shown().ifPresent(c -> {
            boolean hadWorkshops = workbench.library().stream()
                    .anyMatch(s -> s.id() == c.canvas().id() && s.lastWorkshop().isPresent());
            if (!hadWorkshops || workbench.dialogs().confirm("Duplicate canvas", "Duplicate '" + c.canvas().name()
                    + "'? Its cards and fit links are copied, not its workshops: they stay with this canvas.",
                    "Duplicate canvas")) {
                workbench.duplicateCanvas(c.canvas().id());
            }
        });
    }

    public void rename() {
        shown().ifPresent(c -> workbench.dialogs().askText("Rename canvas", "New name for '" + c.canvas().name() + "':",
                        c.canvas().name())
                .filter(name -> !name.isBlank())
                .ifPresent(name -> workbench.renameCanvas(c.canvas().id(), name)));
    }

    public void delete() {
        shown().ifPresent(c -> {
            String message = "Delete the canvas '" + c.canvas().name() + "' with its " + c.items().size()
                    + " items and " + c.links().size() + " fit links?\n\nEdit > Undo (Ctrl+Z) brings it back.";
            if (workbench.dialogs().confirm("Delete canvas", message, "Delete canvas")) {
                workbench.deleteCanvas(c.canvas().id());
            }
        });
    }

    private Optional<CanvasContent> shown() {
        return workbench.canvas();
    }
}
