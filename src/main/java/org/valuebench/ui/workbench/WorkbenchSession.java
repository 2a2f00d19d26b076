package org.valuebench.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.workspace.WorkspaceLocation;

/**
 * Holds the open workbench. Every method runs on the database thread only, so the workbench (and its single
 * SQLite connection) is never touched from two threads.
 */
public final class WorkbenchSession {
    private final WorkspaceOpener opener;
    private Workbench workbench;
    private ExchangeUseCases exchange;
    private long rememberedCanvas;

    WorkbenchSession(WorkspaceOpener opener) {
        this.opener = opener;
    }

    public Workbench current() {
        if (workbench == null) {
            throw new AppException("No workspace is open; use File > Open workspace… or File > New workspace…");
        }
        return workbench;
    }

    /** Export and import on the open workbench; kept while it stays open, so the PDF fonts load once. */
    public ExchangeUseCases exchange() {
        Workbench open = current();
        if (exchange == null) {
            exchange = new ExchangeUseCases(open);
        }
        return exchange;
    }

    Optional<Path> file() {
        return Optional.ofNullable(workbench).flatMap(Workbench::localFile);
    }

    /**
     * Opens the workspace at {@code location}; the one open before stays open if that fails, so a refused file
     * never leaves the window without a workspace it had.
     */
    Workbench switchTo(WorkspaceLocation location, boolean mustBeNew, Consumer<Path> upgrading) {
        if (location.isTeam()) {
            if (workbench != null && workbench.where().equals(location.where())) {
                return workbench;
            }
            return replaceWith(opener.open(location, upgrading));
        }
        Path target = location.file().toAbsolutePath().normalize();
        if (workbench != null && workbench.localFile().filter(target::equals).isPresent()) {
            if (mustBeNew) {
                throw new AppException(target + " is the workspace already open");
            }
            return workbench;
        }
        if (mustBeNew && isNonEmptyFile(target)) {
            throw new AppException(target + " already exists. Use File > Open workspace… to open it,"
                    + " or choose a new file name for a new workspace.");
        }
        return replaceWith(opener.open(location, upgrading));
    }

    private Workbench replaceWith(Workbench next) {
        Workbench previous = workbench;
        workbench = next;
        exchange = null;
        rememberedCanvas = 0;
        if (previous != null) {
            previous.close();
        }
        return next;
    }

    private static boolean isNonEmptyFile(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (java.io.IOException e) {
            throw new AppException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stores the shown canvas as the one to reopen next time, once per switch rather than on every edit. */
    void rememberShown(long canvasId) {
        // Left out while another program writes to the file; tried again at the next switch.
        if (workbench != null && canvasId != 0 && canvasId != rememberedCanvas
                && workbench.windowMemory().rememberLastCanvas(canvasId)) {
            rememberedCanvas = canvasId;
        }
    }

    void close() {
        if (workbench != null) {
            Workbench closing = workbench;
            workbench = null;
            exchange = null;
            closing.close();
        }
    }
}
