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
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * Shows the version dialog on a real conflict (two workbenches on one temporary file), for looking at it under a
 * display: {@code java ... VersionConflictDialogPreview light|dark [item|factor|rating]}. Not a test; the choice it
 * returns is printed
 * nowhere.
 */
public final class VersionConflictDialogPreview {
    private VersionConflictDialogPreview() {
    }

    public static void main(String[] args) {
        boolean dark = args.length > 0 && args[0].equals("dark");
        String row = args.length > 1 ? args[1] : "item";
        EditConflictException conflict = conflict(row);
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            VersionConflictDialog.ask(null, conflict);
            Platform.exit();
        });
    }

    private static EditConflictException conflict(String row) {
        try {
            Path file = Files.createTempDirectory("conflict-preview").resolve("shop.db");
            Clock clock = Clock.systemUTC();
            try (Workbench anna = Workbenches.open(file, false, clock); Workbench ben = Workbenches.open(file, false, clock)) {
                long canvas = anna.createCanvas("Corner shop").canvas().orElseThrow().canvas().id();
                if (!row.equals("item")) {
                    return strategyConflict(anna, ben, canvas, row.equals("rating"));
                }
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

    /** Anna and Ben both saw the factor "Price" with an empty cell for the discounter; Anna edits first. */
    private static EditConflictException strategyConflict(Workbench anna, Workbench ben, long canvas, boolean rating) {
        long rival = anna.addItem(canvas, Section.COMPETITORS, "Hard discounter", -1).focusItemId();
        StrategyUseCases annas = new StrategyUseCases(anna, new GapUseCases(anna));
        StrategyUseCases bens = new StrategyUseCases(ben, new GapUseCases(ben));
        long price = annas.addFactor(canvas, "Price", -1).canvas().orElseThrow().strategy().factors().get(0).id();
        ben.show(canvas);
        try {
            if (rating) {
                annas.rate(price, rival, 4);
                annas.noteRating(price, rival, "Their weekly flyer");
                bens.rate(price, rival, 3);
            } else {
                annas.setAction(price, FourAction.REDUCE, "Match them on the basics only");
                bens.setAction(price, FourAction.RAISE, "Beat the discounter on everyday staples");
            }
        } catch (EditConflictException e) {
            return e;
        }
        throw new IllegalStateException("no conflict arose");
    }
}
