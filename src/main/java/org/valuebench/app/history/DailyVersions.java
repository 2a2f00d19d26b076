package org.valuebench.app.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.valuebench.app.EditWatch;
import org.valuebench.app.Workbench;
import org.valuebench.domain.history.VersionCause;

/**
 * Keeps a version of a canvas before its first edit of each day (by the workbench's clock, in its time zone): at most
 * one a day per canvas, whoever made it (on a team workspace a colleague's counts). Which canvases were checked today
 * is remembered here, so later edits cost no read.
 */
public final class DailyVersions implements EditWatch {
    private final Workbench workbench;
    private final HistoryUseCases history;
    private final Map<Long, LocalDate> checked = new HashMap<>();

    private DailyVersions(Workbench workbench) {
        this.workbench = workbench;
        this.history = new HistoryUseCases(workbench);
    }

    /** Watches the workbench's edits from now on. */
    public static void watch(Workbench workbench) {
        workbench.watchEdits(new DailyVersions(workbench));
    }

    @Override
    public void beforeEdit(long canvasId) {
        LocalDate today = today(workbench.clock().instant());
        if (today.equals(checked.get(canvasId))) {
            return;
        }
        boolean taken = history.versions(canvasId).stream()
                .anyMatch(v -> v.cause() == VersionCause.FIRST_EDIT_OF_DAY && today(v.takenAt()).equals(today));
        if (!taken) {
            history.takeAutomatic(canvasId, VersionCause.FIRST_EDIT_OF_DAY);
        }
        checked.put(canvasId, today);
    }

    private LocalDate today(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, workbench.clock().getZone());
    }
}
