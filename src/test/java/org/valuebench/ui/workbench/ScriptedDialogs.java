package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.workspace.TeamAddress;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.domain.history.CanvasVersion;

/** Answers the window's questions from a script and records every error shown. */
public final class ScriptedDialogs implements Dialogs {
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    /** What each text question offered to start with. */
    public final List<String> initialTexts = new ArrayList<>();
    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<PaperSize> papers = new ArrayDeque<>();
    /** The version numbers chosen for the PDF's "Changes since …" page (none left: no page). */
    public final Deque<Integer> changesSince = new ArrayDeque<>();
    /** The versions each PDF export offered, as one text per export. */
    public final List<String> offeredVersions = new ArrayList<>();
    /** The answers of the connect dialog, and what it was offered each time. */
    public final Deque<TeamAddress> teams = new ArrayDeque<>();
    public final List<TeamAddress> suggestedTeams = new ArrayList<>();
    public final Deque<VersionChoice> versionChoices = new ArrayDeque<>();
    /** Every refused edit the version dialog was shown. */
    public final List<EditConflictException> conflicts = new ArrayList<>();
    /** What each file chooser was opened with: "export PDF in FOLDER as NAME", "import from FOLDER". */
    public final List<String> choosers = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(message);
        return !confirmations.isEmpty() && confirmations.pop();
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        questions.add(label);
        initialTexts.add(initial);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path folder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseNewWorkspace(Path folder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(ExportFormat format, Path folder, String fileName) {
        choosers.add("export " + format.label() + " in " + folder + " as " + fileName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseCanvasFileToImport(Path folder) {
        choosers.add("import from " + folder);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<PaperSize> choosePaperSize(PaperSize suggested) {
        questions.add("paper, suggesting " + suggested);
        return Optional.ofNullable(papers.poll());
    }

    @Override
    public Optional<PdfOptions> choosePdfOptions(PaperSize suggested, List<CanvasVersion> versions) {
        offeredVersions.add(versions.stream().map(v -> v.number() + " " + v.name()).toList().toString());
        Integer number = changesSince.poll();
        return choosePaperSize(suggested).map(paper -> new PdfOptions(paper, number == null ? null
                : versions.stream().filter(v -> v.number() == number).findFirst().orElseThrow()));
    }

    @Override
    public Optional<TeamAddress> connectToTeam(TeamAddress suggested) {
        suggestedTeams.add(suggested);
        return Optional.ofNullable(teams.poll());
    }

    /** Answers from {@link #versionChoices}; none left keeps theirs, as closing the dialog does. */
    @Override
    public VersionChoice chooseVersion(EditConflictException conflict) {
        conflicts.add(conflict);
        return versionChoices.isEmpty() ? VersionChoice.KEEP_THEIRS : versionChoices.pop();
    }
}
