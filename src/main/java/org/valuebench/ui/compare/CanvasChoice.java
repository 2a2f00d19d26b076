package org.valuebench.ui.compare;

import java.util.List;
import java.util.Optional;
import org.valuebench.domain.CanvasSummary;

/** Asks which canvas to compare with (Library ▸ Compare with…); tests answer from a script. */
public interface CanvasChoice {
    /** The chosen one of {@code others}; empty when the user cancels. */
    Optional<CanvasSummary> choose(String canvasName, List<CanvasSummary> others);
}
