package org.valuebench.ui.workshop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.join.RoomStatus;

/**
 * While joining is open the projector shows the join link's QR code (at least 200 px at 1280×720, black on white
 * with a quiet zone, read back from the screen's pixels with ZXing), the address in at least 28 px and the code in
 * at least 36 px monospace, beside the cards and never over them; in light and dark; gone once joining closes.
 */
class PresentationJoinTest extends FxRobot {
    private static final String LINK = "http://192.168.1.20:8421/#K7MQ2P";
    private final PresentationScenes scenes = new PresentationScenes();
    private final SimpleObjectProperty<RoomStatus> joining = new SimpleObjectProperty<>(RoomStatus.closed());
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty();
    private PresentationView view;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        interact(() -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    private void show(Runnable scene) {
        interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            scene.run();
            view = new PresentationView(new PresentationViewModel(scenes.session()), dark, joining);
            stage = new Stage();
            stage.setScene(new Scene(view, 1280, 720));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static RoomStatus open() {
        return new RoomStatus(true, "K7MQ2P", "http://192.168.1.20:8421/", LINK, false, List.of(), 0);
    }

    @Test
    void theQrCodeAddressAndCodeShowBesideTheCardsWhileJoiningIsOpen() throws Exception {
        show(() -> scenes.revealed(12, 8));
        assertThat(lookup(".presentation-join").tryQuery()).hasValueSatisfying(n -> assertThat(n.isVisible())
                .isFalse());
        interact(() -> joining.set(open()));
        WaitForAsyncUtils.waitForFxEvents();

        Node qr = lookup(".presentation-qr").query();
        Bounds qrBounds = fx(() -> qr.localToScene(qr.getBoundsInLocal()));
        assertThat(qrBounds.getWidth()).as("scannable from a few metres").isGreaterThanOrEqualTo(200);
        assertThat(qrBounds.getHeight()).isGreaterThanOrEqualTo(200);
        assertThat(qrBounds.getMaxX()).isLessThanOrEqualTo(1280);
        assertThat(qrBounds.getMaxY()).isLessThanOrEqualTo(720);
        assertThat(decode(qr)).isEqualTo(LINK);

        Label address = lookup(".presentation-join-address").queryAs(Label.class);
        Label code = lookup(".presentation-join-code").queryAs(Label.class);
        assertThat(address.getText()).isEqualTo("http://\n192.168.1.20:8421/");
        assertThat(address.getFont().getSize()).isGreaterThanOrEqualTo(28);
        assertThat(code.getText()).isEqualTo("K 7 M Q 2 P");
        assertThat(code.getFont().getSize()).isGreaterThanOrEqualTo(36);
        assertThat(code.getFont().getFamily().toLowerCase()).containsAnyOf("mono", "courier");
        for (Node card : lookup(".presentation-card").queryAll()) {
            Bounds b = fx(() -> card.localToScene(card.getBoundsInLocal()));
            assertThat(b.intersects(qrBounds)).as("the QR code covers no card").isFalse();
            assertThat(b.intersects(fx(() -> address.localToScene(address.getBoundsInLocal())))).isFalse();
        }

        interact(() -> dark.set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(decode(qr)).as("black on white in the dark theme too").isEqualTo(LINK);

        interact(() -> joining.set(RoomStatus.closed()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".presentation-join").query().isVisible()).isFalse();
    }

    @Test
    void theTitleScreenShowsItToo() throws Exception {
        joining.set(open());
        show(scenes::none);
        Node qr = lookup(".presentation-qr").query();
        assertThat(fx(() -> qr.isVisible() && qr.getParent().isVisible())).isTrue();
        assertThat(decode(qr)).isEqualTo(LINK);
    }

    private String decode(Node node) throws Exception {
        WritableImage image = fx(() -> node.snapshot(null, null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = reader.getArgb(x, y);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    private <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
