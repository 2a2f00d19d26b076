package org.valuebench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.Workbench;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * Shows the version dialog on a real conflict (two workbenches on one temporary file), for looking at it under a
 * display: {@code java ... VersionConflictDialogPreview light|dark}. Not a test; the choice it returns is printed
 * nowhere.
 */
public final class VersionConflictDialogPreview {
    private VersionConflictDialogPreview() {
    }

    public static void main(String[] args) {
        boolean dark = args.length > 0 && args[0].equals("dark");
        EditConflictException conflict = conflict();
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            VersionConflictDialog.ask(null, conflict);
            Platform.exit();
        });
    }

    private static EditConflictException conflict() {
        try {
            Path file = Files.createTempDirectory("conflict-preview").resolve("shop.db");
            Clock clock = Clock.systemUTC();
            try (Workbench anna = Workbench.open(file, false, clock); Workbench ben = Workbench.open(file, false, clock)) {
                long canvas = anna.createCanvas("Corner shop").canvas().orElseThrow().canvas().id();
                long id = anna.addItem(canvas, Section.FEATURES, "Fast checkout", -1).focusItemId();
                Item seen = ben.show(canvas).canvas().orElseThrow().item(id).orElseThrow();
                Item annas = anna.show(canvas).canvas().orElseThrow().item(id).orElseThrow();
                anna.updateItem(annas.withText("Checkout in one tap, also with the loyalty card").withPromise(true, 5));
                try {
                    ben.updateItem(seen.withText("Checkout without queues: a second till at lunchtime")
                            .withAuthor("Ben"));
                } catch (EditConflictException e) {
                    return e;
                }
            }
            throw new IllegalStateException("no conflict arose");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
