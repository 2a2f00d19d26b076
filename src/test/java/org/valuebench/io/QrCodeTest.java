package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The join link's QR code, read back with ZXing's own reader from a picture drawn as the projector draws it. */
class QrCodeTest {

    @Test
    void theModulesReadBackAsTheLink() throws Exception {
        String link = "http://192.168.1.20:8421/#K7MQ2P";
        boolean[][] modules = QrCode.modules(link);
        assertThat(modules.length).isEqualTo(modules[0].length).isGreaterThanOrEqualTo(21);
        assertThat(finderAt(modules, 0, 0)).isTrue();
        assertThat(finderAt(modules, 0, modules.length - 7)).isTrue();
        assertThat(finderAt(modules, modules.length - 7, 0)).isTrue();
        assertThat(decoded(modules, 6)).isEqualTo(link);
    }

    @Test
    void aLongerLinkWithAnIpv6AddressAlsoReadsBack() throws Exception {
        String link = "http://[fd12:3456:789a:1::20]:65535/#ABCDEFGH";
        assertThat(decoded(QrCode.modules(link), 4)).isEqualTo(link);
    }

    @Test
    void emptyOrOverlongTextIsRefusedPlainly() {
        assertThatThrownBy(() -> QrCode.modules("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A QR code needs some text");
        assertThatThrownBy(() -> QrCode.modules("x".repeat(QrCode.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Text of " + (QrCode.MAX_TEXT + 1) + " characters is too long for a QR code (at most "
                        + QrCode.MAX_TEXT + ")");
    }

    /** A finder pattern: a dark 7×7 ring, a light ring inside it, a dark 3×3 centre. */
    private static boolean finderAt(boolean[][] m, int row, int col) {
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 7; c++) {
                boolean ring = r == 0 || r == 6 || c == 0 || c == 6;
                boolean centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
                if (m[row + r][col + c] != (ring || centre)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Black on white, {@code scale} pixels a module, a quiet zone of four modules, read with QRCodeReader. */
    private static String decoded(boolean[][] modules, int scale) throws Exception {
        int quiet = 4;
        int size = (modules.length + 2 * quiet) * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        for (int r = 0; r < modules.length; r++) {
            for (int c = 0; c < modules.length; c++) {
                if (modules[r][c]) {
                    for (int y = 0; y < scale; y++) {
                        for (int x = 0; x < scale; x++) {
                            pixels[((r + quiet) * scale + y) * size + (c + quiet) * scale + x] = 0xFF000000;
                        }
                    }
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
