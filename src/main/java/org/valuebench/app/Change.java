package org.valuebench.app;

import java.util.List;
import java.util.Optional;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;

/**
 * The state after an edit, undo or redo: the library, the canvas to show (empty when none is left), the
 * item to focus (0 for none) and what Undo/Redo would do next. Views replace their state with it wholesale,
 * so what they show is always what is committed.
 */
public record Change(List<CanvasSummary> library, Optional<CanvasContent> canvas, long focusItemId, UndoState undo) {

    public Change {
        library = List.copyOf(library);
    }
}
