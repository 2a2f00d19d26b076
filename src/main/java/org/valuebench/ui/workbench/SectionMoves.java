package org.valuebench.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;

/**
 * Move to section…, said in words before it happens: an item moved into another group takes the defaults there
 * (an importance means nothing for a feature, a promise nothing for a want) and loses its fit links.
 */
final class SectionMoves {
    private SectionMoves() {
    }

    /** What moving {@code item} (with {@code links} fit links) to {@code target} changes; empty within its group. */
    static String changes(Item item, Section target, int links) {
        if (item.section().canMoveTo(target)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (item.isCustomer()) {
            parts.add("its importance (" + item.importance() + " of " + Limits.MAX_LEVEL + ") is dropped");
        }
        if (item.promise()) {
            parts.add("it is no longer a promise (target " + item.promiseTarget() + ")");
        }
        if (target.isCustomer()) {
            parts.add("it takes the default importance " + Limits.DEFAULT_IMPORTANCE + " of " + Limits.MAX_LEVEL);
        }
        if (links > 0) {
            parts.add(links == 1 ? "its 1 fit link is removed" : "its " + links + " fit links are removed");
        }
        String what = "“" + item.text() + "” moves from " + item.section().title() + " to " + target.title();
        return parts.isEmpty() ? what + "." : what + ": " + String.join(", ", parts) + ". Undo brings it all back.";
    }
}
