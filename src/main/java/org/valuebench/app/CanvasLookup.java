package org.valuebench.app;

import java.util.List;
import java.util.Optional;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.MessageText;

/** A canvas named as a person types it on the command line: by its id, or by its name in any case. */
final class CanvasLookup {
    private final Workbench workbench;

    CanvasLookup(Workbench workbench) {
        this.workbench = workbench;
    }

    CanvasContent resolve(String idOrName) {
        String key = idOrName.strip();
        if (isId(key)) {
            Optional<CanvasContent> byId = workbench.findCanvas(Long.parseLong(key));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        return workbench.canvas(idByName(key));
    }

    /** The id {@link #resolve} would find, without reading the canvas's items, links and strategy. */
    long resolveId(String idOrName) {
        String key = idOrName.strip();
        if (isId(key) && workbench.hasCanvas(Long.parseLong(key))) {
            return Long.parseLong(key);
        }
        return idByName(key);
    }

    private static boolean isId(String key) {
        return key.matches("\\d{1,18}");
    }

    private long idByName(String key) {
        // Compared here rather than with SQLite's NOCASE, which folds only ASCII: "CAFÉ" must find "Café".
        List<CanvasSummary> named = workbench.library().stream().filter(c -> c.name().equalsIgnoreCase(key)).toList();
        if (named.isEmpty()) {
            throw new AppException("No canvas is called or numbered " + MessageText.quote(key) + " in " + workbench.where()
                    + "; 'valuebench list' shows the canvases");
        }
        if (named.size() > 1) {
            throw new AppException(named.size() + " canvases are called " + MessageText.quote(key)
                    + "; name one by its id: "
                    + named.stream().map(CanvasSummary::id).sorted().toList());
        }
        return named.get(0).id();
    }
}
