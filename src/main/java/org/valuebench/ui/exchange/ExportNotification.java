package org.valuebench.ui.exchange;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.fx.Icons;

/**
 * The notification after an export, over the bottom right of the window: Open, Show in folder, close. It
 * goes by itself after a while, like the desktop's own notifications.
 */
public final class ExportNotification {
    private static final Duration SHOWN_FOR = Duration.seconds(20);

    private ExportNotification() {
    }

    /** Puts the notification into {@code layer}, shown while the view model has a notice. */
    public static void install(StackPane layer, ExchangeViewModel exchange) {
        Notification notification = new Notification("", Icons.of(Feather.CHECK_CIRCLE));
        notification.setId("exportNotification");
        notification.getStyleClass().addAll(Styles.SUCCESS, Styles.ELEVATED_2);
        Button open = new Button("Open");
        open.setId("openExported");
        open.getStyleClass().add(Styles.SMALL);
        open.setOnAction(e -> exchange.openExported());
        Button folder = new Button("Show in folder");
        folder.setId("showExportedInFolder");
        folder.getStyleClass().add(Styles.SMALL);
        folder.setOnAction(e -> exchange.showExportedInFolder());
        notification.setPrimaryActions(open, folder);
        notification.setOnClose(e -> exchange.dismissNotice());
        notification.setMaxSize(420, Region.USE_PREF_SIZE);
        notification.setPrefWidth(420);
        StackPane.setAlignment(notification, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(notification, new Insets(0, 20, 16, 0));
        notification.visibleProperty().bind(exchange.noticeProperty().isNotNull());
        notification.managedProperty().bind(notification.visibleProperty());
        PauseTransition linger = new PauseTransition(SHOWN_FOR);
        exchange.noticeProperty().addListener((obs, old, now) -> {
            linger.stop();
            if (now != null) {
                notification.setMessage(now.message());
                linger.setOnFinished(e -> exchange.dismissNotice(now));
                linger.playFromStart();
            }
        });
        // Not while the pointer is on it: someone is about to press Open.
        notification.hoverProperty().addListener((obs, was, now) -> {
            if (now) {
                linger.pause();
            } else if (linger.getStatus() == Animation.Status.PAUSED) {
                linger.play();
            }
        });
        layer.getChildren().add(notification);
    }
}
