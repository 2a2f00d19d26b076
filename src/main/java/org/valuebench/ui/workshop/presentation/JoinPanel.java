package org.valuebench.ui.workshop.presentation;

import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.valuebench.app.join.JoinQrCode;
import org.valuebench.app.join.RoomStatus;

/**
 * The projector's joining column, beside the cards (never over them) and on the title screen, while joining is
 * open: the join link's QR code, the address to type in 28 px and the code in 36 px monospace with its letters
 * spaced, so the back of the room can read it out without mixing letters up.
 */
final class JoinPanel extends VBox {
    private static final System.Logger LOG = System.getLogger(JoinPanel.class.getName());
    /** The code itself (without its quiet zone) is at least this wide: scannable from a few metres at 720p. */
    static final double MIN_CODE = 200;
    private final QrCodeView qr = new QrCodeView(MIN_CODE);
    private final Label address = text("presentation-join-address");
    private final Label code = text("presentation-join-code");

    JoinPanel(ObservableValue<RoomStatus> status) {
        super(12);
        getStyleClass().add("presentation-join");
        setAlignment(Pos.TOP_CENTER);
        Label heading = text("presentation-join-heading");
        heading.setText("Join from your phone");
        Label codeHeading = text("presentation-join-label");
        codeHeading.setText("Code");
        getChildren().addAll(heading, qr, address, codeHeading, code);
        status.addListener((obs, was, now) -> show(now));
        show(status.getValue());
    }

    private static Label text(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private String shownLink = "";

    private void show(RoomStatus status) {
        boolean open = status != null && status.open();
        setVisible(open);
        setManaged(open);
        if (!open) {
            return;
        }
        address.setText(breakable(status.address()));
        code.setText(spaced(status.code()));
        // The status changes with every card from a device; the link (and so the QR code) only when joining opens.
        if (status.joinLink().equals(shownLink)) {
            return;
        }
        shownLink = status.joinLink();
        try {
            qr.show(JoinQrCode.of(status.joinLink()));
            qr.setVisible(true);
        } catch (IllegalArgumentException e) {
            // The address and code still let everyone join by typing.
            LOG.log(System.Logger.Level.WARNING, "no QR code for the join link: " + e.getMessage());
            qr.setVisible(false);
        }
        qr.setManaged(qr.isVisible());
    }

    /** "K 7 M Q 2 P": the letters apart, easier to read from afar and to type. */
    static String spaced(String code) {
        return code.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" "));
    }

    /**
     * "http://" on a line of its own above the host and port: the whole address at 28 px is wider than the column,
     * and JavaFX would otherwise break it in the middle of the port.
     */
    static String breakable(String address) {
        return address.replace("://", "://\n");
    }
}
