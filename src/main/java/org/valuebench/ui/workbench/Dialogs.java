package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.app.workspace.TeamAddress;
import org.valuebench.domain.history.CanvasVersion;

/** The questions and messages the window puts to the user; tests answer them from a script. */
public interface Dialogs {

    void showError(String title, String message);

    /** Asks to go ahead with something that needs a second thought; true when the user confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks for a line of text; empty when the user cancels. */
    Optional<String> askText(String title, String label, String initial);

    Optional<Path> chooseWorkspaceToOpen(Path folder);

    Optional<Path> chooseNewWorkspace(Path folder);

    /**
     * Asks where a team workspace is (host, port, database, user, password, TLS; or one address) and returns it
     * with the password typed; empty when the user cancels.
     *
     * @param suggested the fields to start with (the last team workspace), or null
     */
    Optional<TeamAddress> connectToTeam(TeamAddress suggested);

    /**
     * Asks where to save an export; the answer carries the format's extension.
     *
     * @param folder   where the chooser starts; null for its default
     * @param fileName the suggested name, with extension
     */
    Optional<Path> chooseExportFile(ExportFormat format, Path folder, String fileName);

    /** Asks for a canvas file (.json) to import. */
    Optional<Path> chooseCanvasFileToImport(Path folder);

    /** Asks for the page size of a PDF export, offering {@code suggested} first; empty when cancelled. */
    Optional<PaperSize> choosePaperSize(PaperSize suggested);

    /**
     * The PDF export's choices: the page size and, optionally, a version of the canvas whose changes since then the
     * report shows on a page of its own.
     *
     * @param changesSince the version chosen, or null for no changes page (the default)
     */
    record PdfOptions(PaperSize paper, CanvasVersion changesSince) {
    }

    /**
     * Asks for the PDF export's page size (offering {@code suggested} first) and, among {@code versions} (newest
     * first; none chosen by default), a version to show the changes since; empty when cancelled.
     */
    default Optional<PdfOptions> choosePdfOptions(PaperSize suggested, List<CanvasVersion> versions) {
        return choosePaperSize(suggested).map(paper -> new PdfOptions(paper, null));
    }

    /**
     * Shows both versions of something the user edited while a colleague changed it ("Yours" and "Your
     * colleague's") and asks which to keep; closing the dialog keeps theirs (nothing is written).
     */
    VersionChoice chooseVersion(EditConflictException conflict);
}
