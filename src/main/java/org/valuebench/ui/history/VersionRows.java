package org.valuebench.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.domain.history.VersionCause;

/** How the History panel writes a version: when, its name, who took it, and what changed since the one before. */
final class VersionRows {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private VersionRows() {
    }

    /** "4 Mar 2026 10:15 · Before the board meeting · anna — +3 needs, fit 62%→71%" (each part where known). */
    static String line(CanvasVersion version, ZoneId zone) {
        return heading(version, zone) + (version.summary().isEmpty() ? "" : " — " + version.summary());
    }

    /** The first line of a row: number, time, name and author. */
    static String heading(CanvasVersion version, ZoneId zone) {
        StringBuilder text = new StringBuilder(WHEN.format(version.takenAt().atZone(zone))).append(" · ")
                .append(version.name());
        if (!version.author().isEmpty()) {
            text.append(" · ").append(version.author());
        }
        return text.toString();
    }

    /** The second line: what changed since the version before, or that it is the first / automatic. */
    static String detail(CanvasVersion version) {
        String kind = version.cause() == VersionCause.SAVED ? "Version " + version.number()
                : "Version " + version.number() + " (automatic)";
        return version.summary().isEmpty() ? kind : kind + ": " + version.summary();
    }
}
