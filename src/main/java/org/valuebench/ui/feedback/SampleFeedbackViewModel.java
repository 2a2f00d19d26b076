package org.valuebench.ui.feedback;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.valuebench.app.AppException;
import org.valuebench.app.feedback.FeedbackSamples;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * Help ▸ Sample feedback files: choosing a sample copies it out of the program into a folder the program owns
 * and starts the usual import of it (preview, mapping step, import) on the shown canvas, so nothing is written
 * until the user says Import; "Save the samples to a folder…" puts copies of them all where the user can open
 * them in the tools they come from.
 */
public final class SampleFeedbackViewModel {
    private final WorkbenchViewModel workbench;
    private final FeedbackImportViewModel importer;
    private final GapDialogs dialogs;
    private final Supplier<Path> scratch;
    private Path savedTo;

    /** @param scratch the program's own folder for the copies it imports (made on first use) */
    public SampleFeedbackViewModel(WorkbenchViewModel workbench, FeedbackImportViewModel importer, GapDialogs dialogs,
                                   Supplier<Path> scratch) {
        this.workbench = workbench;
        this.importer = importer;
        this.dialogs = dialogs;
        this.scratch = scratch;
    }

    public List<FeedbackSamples.Sample> samples() {
        return FeedbackSamples.all();
    }

    /** Copies {@code sample} out of the program and starts importing it into the shown canvas. */
    public void importSample(FeedbackSamples.Sample sample) {
        if (workbench.canvasId() == 0) {
            dialogs.showError("Sample feedback", "Open or create a canvas first: feedback is given on its promises.");
            return;
        }
        Path copy;
        try {
            copy = FeedbackSamples.copy(sample, scratch.get());
        } catch (AppException | UncheckedIOException e) {
            dialogs.showError("Cannot open the sample " + sample.fileName(), e.getMessage());
            return;
        }
        copy.toFile().deleteOnExit();
        importer.importFile(copy);
    }

    /** Asks for a folder and saves a copy of every sample there, leaving files of the same names as they are. */
    public void saveAll() {
        dialogs.chooseFolder("Save the sample feedback files", savedTo).ifPresent(folder -> {
            try {
                List<String> kept = FeedbackSamples.saveAll(folder);
                savedTo = folder;
                int written = samples().size() - kept.size();
                workbench.notice("Saved " + written + " sample feedback file" + (written == 1 ? "" : "s") + " to "
                        + folder + (kept.isEmpty() ? "" : "; left " + String.join(", ", kept)
                        + " as " + (kept.size() == 1 ? "it was" : "they were")));
            } catch (AppException e) {
                dialogs.showError("Cannot save the sample feedback files", e.getMessage());
            }
        });
    }

    /**
     * A temporary folder made on first use, with the copies in it deleted when the program ends: the samples
     * the user imports are not left lying around.
     */
    public static Supplier<Path> temporaryFolder() {
        Path[] made = new Path[1];
        return () -> {
            if (made[0] == null || !Files.isDirectory(made[0])) {
                try {
                    made[0] = Files.createTempDirectory("valuebench-samples-");
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot make a temporary folder for the sample: " + e.getMessage(), e);
                }
                File folder = made[0].toFile();
                folder.deleteOnExit();
            }
            return made[0];
        };
    }
}
