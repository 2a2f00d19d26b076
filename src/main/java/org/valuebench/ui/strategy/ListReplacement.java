package org.valuebench.ui.strategy;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;

/**
 * How the Strategy tab's lists take new contents: in one change. A single element that differs is set in its
 * place (a rating keeps the grid's cell and selection); more are replaced all at once. Setting them one by one
 * made a list change per element, and the views rebuilt themselves for each: opening another canvas with as many
 * factors rebuilt the four actions grid once per factor and the chart once per offer.
 */
final class ListReplacement {
    private ListReplacement() {
    }

    static <T> void replace(ObservableList<T> list, List<T> next) {
        int differing = -1;
        if (list.size() == next.size()) {
            for (int i = 0; i < next.size(); i++) {
                if (!Objects.equals(list.get(i), next.get(i))) {
                    if (differing >= 0) {
                        list.setAll(next);
                        return;
                    }
                    differing = i;
                }
            }
            if (differing >= 0) {
                list.set(differing, next.get(differing));
            }
        } else {
            list.setAll(next);
        }
    }
}
