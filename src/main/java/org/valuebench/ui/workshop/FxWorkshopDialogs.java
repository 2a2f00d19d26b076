package org.valuebench.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.VoteSettings;

/** The console's dialogs as the window shows them, owned by the main window. */
public final class FxWorkshopDialogs implements WorkshopDialogs {
    private final Window owner;

    public FxWorkshopDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean askStart(StartWorkshopForm form) {
        return new StartWorkshopDialog(form).showAndWait(owner);
    }

    @Override
    public Optional<VoteSettings> askVote(List<Section> suggested, int dots, boolean oneDotPerCard,
                                          boolean anonymous) {
        Dialog<VoteSettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Start vote");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("startVoteDialog");
        FlowPane sections = new FlowPane(10, 6);
        List<CheckBox> boxes = new ArrayList<>();
        for (Section s : Section.values()) {
            CheckBox box = new CheckBox(s.title());
            box.setUserData(s);
            box.setSelected(suggested.contains(s));
            boxes.add(box);
            sections.getChildren().add(box);
        }
        Spinner<Integer> dotSpinner = new Spinner<>(1, Limits.MAX_DOTS, dots);
        CheckBox onePerCard = new CheckBox("At most one dot per card");
        onePerCard.setSelected(oneDotPerCard);
        CheckBox anonymousBox = new CheckBox("Anonymous (who placed a dot is not kept)");
        anonymousBox.setSelected(anonymous);
        VBox box = new VBox(10, new Label("Vote on the cards of"), sections, new Label("Dots per participant"),
                dotSpinner, onePerCard, anonymousBox);
        box.setPadding(new Insets(8));
        box.setPrefWidth(520);
        dialog.getDialogPane().setContent(box);
        ButtonType go = new ButtonType("Start vote", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> boxes.stream().noneMatch(CheckBox::isSelected),
                        boxes.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new)));
        dialog.setResultConverter(b -> b != go ? null : new VoteSettings(boxes.stream().filter(CheckBox::isSelected)
                .map(c -> (Section) c.getUserData()).toList(), dotSpinner.getValue(), onePerCard.isSelected(),
                anonymousBox.isSelected()));
        return dialog.showAndWait();
    }

    @Override
    public OptionalInt askNumber(String title, String label, int initial) {
        Dialog<Integer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        Spinner<Integer> spinner = new Spinner<>(0, 999, initial);
        spinner.setEditable(true);
        Label text = new Label(label);
        text.setWrapText(true);
        VBox box = new VBox(8, text, spinner);
        box.setPadding(new Insets(8));
        box.setPrefWidth(380);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? spinner.getValue() : null);
        return dialog.showAndWait().map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
