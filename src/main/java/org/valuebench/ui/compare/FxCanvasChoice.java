package org.valuebench.ui.compare;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.valuebench.domain.CanvasSummary;

/** {@link CanvasChoice} as a JavaFX choice dialog over the window. */
public final class FxCanvasChoice implements CanvasChoice {
    private final Window owner;

    public FxCanvasChoice(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<CanvasSummary> choose(String canvasName, List<CanvasSummary> others) {
        if (others.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<CanvasSummary> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.initOwner(owner);
        dialog.setTitle("Compare with…");
        dialog.setHeaderText("Compare '" + canvasName + "' with which canvas?");
        dialog.setContentText("Canvas:");
        // The combo box shows the canvases by name, not as records.
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<CanvasSummary> box = (javafx.scene.control.ComboBox<CanvasSummary>)
                dialog.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(CanvasSummary summary) {
                    return summary == null ? "" : summary.name();
                }

                @Override
                public CanvasSummary fromString(String text) {
                    return null;
                }
            });
        }
        return dialog.showAndWait();
    }
}
