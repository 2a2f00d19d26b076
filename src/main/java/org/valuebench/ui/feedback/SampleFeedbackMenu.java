package org.valuebench.ui.feedback;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.app.feedback.FeedbackSamples;
import org.valuebench.ui.fx.Icons;

/** Help ▸ Sample feedback files: one item per sample, which imports it into the shown canvas, and saving them all. */
public final class SampleFeedbackMenu {
    private SampleFeedbackMenu() {
    }

    /** @param unavailable true while there is no canvas to import into, or an import is running */
    public static Menu create(SampleFeedbackViewModel model, ObservableBooleanValue unavailable) {
        Menu menu = new Menu("Sample feedback files", Icons.small(Feather.FILE_TEXT));
        menu.setId("menuSampleFeedback");
        for (FeedbackSamples.Sample sample : model.samples()) {
            MenuItem item = new MenuItem(sample.title() + "…");
            item.setId("menuSample-" + sample.fileName().replace('.', '-'));
            item.setOnAction(e -> model.importSample(sample));
            item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(unavailable::get,
                    unavailable));
            menu.getItems().add(item);
        }
        MenuItem save = new MenuItem("Save the samples to a folder…", Icons.small(Feather.SAVE));
        save.setId("menuSaveSamples");
        save.setOnAction(e -> model.saveAll());
        menu.getItems().addAll(new SeparatorMenuItem(), save);
        return menu;
    }
}
