package org.valuebench.ui.workshop.join;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.ui.fx.Icons;

/**
 * The console's joining row: "Joining…" (the dialog) and "Reopen joining" while closed; while open the address
 * and the code to type, the wrong codes tried, "Close joining", and one chip per participant who joined with how
 * many cards they added (never what, so a private step stays private) and whether their device is connected; a
 * chip's menu renames or removes them.
 */
public final class JoiningBar {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final JoiningViewModel joining;
    private final ZoneId zone;
    private final HBox row = new HBox(8);
    private final FlowPane chips = new FlowPane(6, 4);

    public JoiningBar(JoiningViewModel joining, ZoneId zone) {
        this.joining = joining;
        this.zone = zone;
        row.setId("joiningRow");
        row.getStyleClass().add("joining-row");
        row.setAlignment(Pos.CENTER_LEFT);
        var isOpen = joining.openProperty();
        Label closed = new Label("Participants' devices: joining closed");
        closed.getStyleClass().add("workshop-prompt");
        closed.setMinWidth(Region.USE_PREF_SIZE);
        Button dialog = button("workshopJoining", "Joining…", "Let participants join from their phones and laptops",
                joining::openDialog);
        dialog.setGraphic(Icons.small(Feather.WIFI));
        Button reopen = button("workshopReopenJoining", "Reopen joining", "Open joining again as before, with a new"
                + " code", joining::reopen);
        Label address = new Label();
        address.setId("joinAddress");
        address.getStyleClass().add("join-address");
        address.setMinWidth(Region.USE_PREF_SIZE);
        address.textProperty().bind(Bindings.createStringBinding(() -> joining.statusProperty().get().address(),
                joining.statusProperty()));
        Label code = new Label();
        code.setId("joinCode");
        code.getStyleClass().add("join-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        code.textProperty().bind(Bindings.createStringBinding(() -> "code " + joining.statusProperty().get().code(),
                joining.statusProperty()));
        Label failed = new Label();
        failed.setId("joinFailed");
        failed.getStyleClass().add("join-failed");
        failed.setMinWidth(Region.USE_PREF_SIZE);
        failed.textProperty().bind(joining.failedTextProperty());
        failed.setTooltip(new Tooltip("Wrong join codes typed on devices since joining opened; after 10 in a"
                + " minute a device waits before trying again"));
        Button close = button("workshopCloseJoining", "Close joining", "Close the port: the code and every"
                + " participant's device stop working", joining::close);
        Label nobody = new Label("Nobody has joined yet");
        nobody.getStyleClass().add("workshop-prompt");
        nobody.visibleProperty().bind(isOpen.and(Bindings.isEmpty(joining.members())));
        nobody.managedProperty().bind(nobody.visibleProperty());
        showWhen(isOpen.not(), closed, dialog);
        reopen.visibleProperty().bind(isOpen.not().and(joining.reopenableProperty()));
        reopen.managedProperty().bind(reopen.visibleProperty());
        showWhen(isOpen, address, code, failed, close, chips);
        chips.setId("joinMembers");
        chips.setMinWidth(0);
        HBox.setHgrow(chips, Priority.ALWAYS);
        row.getChildren().addAll(dialog, reopen, closed, close, address, code, failed, nobody, chips);
        joining.members().addListener((ListChangeListener<RoomStatus.Member>) c -> showMembers());
    }

    public Node node() {
        return row;
    }

    /** Keeps each participant's chip and changes its text in place: a card from a device changes one count. */
    private void showMembers() {
        java.util.Map<Long, MenuButton> had = new java.util.HashMap<>();
        chips.getChildren().forEach(n -> had.put((Long) n.getUserData(), (MenuButton) n));
        List<Node> now = new ArrayList<>();
        for (RoomStatus.Member member : joining.members()) {
            MenuButton chip = had.computeIfAbsent(member.participantId(), id -> chip());
            show(chip, member);
            now.add(chip);
        }
        if (!now.equals(chips.getChildren())) {
            chips.getChildren().setAll(now);
        }
    }

    private MenuButton chip() {
        MenuItem rename = new MenuItem("Rename…");
        MenuItem remove = new MenuItem("Remove…");
        MenuButton chip = new MenuButton(null, null, rename, remove);
        chip.getStyleClass().add("join-member");
        chip.setTooltip(new Tooltip());
        chip.setFocusTraversable(true);
        return chip;
    }

    private void show(MenuButton chip, RoomStatus.Member member) {
        chip.setUserData(member.participantId());
        chip.setId("joinMember" + member.participantId());
        chip.getItems().get(0).setOnAction(e -> joining.rename(member));
        chip.getItems().get(1).setOnAction(e -> joining.remove(member));
        chip.setText(chipText(member));
        chip.getStyleClass().removeAll("connected", "away");
        chip.getStyleClass().add(member.connected() ? "connected" : "away");
        chip.getTooltip().setText(member.connected() ? "Connected now"
                : "Not connected" + (member.lastSeen() == null ? "" : "; last seen "
                + TIME.format(member.lastSeen().atZone(zone))));
    }

    /** "● Ann · 3 cards": how many, never what. */
    static String chipText(RoomStatus.Member member) {
        int n = member.cardsAdded();
        return (member.connected() ? "● " : "○ ") + member.name() + " · " + n + (n == 1 ? " card" : " cards");
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    private static Button button(String id, String label, String tip, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
