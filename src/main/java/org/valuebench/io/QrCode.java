package org.valuebench.io;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code as its modules (true: dark), for a screen to draw at any size: the join link on the projector. ZXing
 * encodes it; error correction M (15% of the code may be lost: glare on a projector screen, a phone at an angle).
 * The quiet zone around it is the drawer's, four modules wide.
 */
public final class QrCode {
    /** A link to type or scan stays far below this; the limit keeps the code small enough to scan from a distance. */
    public static final int MAX_TEXT = 300;

    private QrCode() {
    }

    /** The modules of {@code text}'s QR code, {@code [row][column]}, square, without the quiet zone. */
    public static boolean[][] modules(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs some text");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Text of " + text.length() + " characters is too long for a QR code"
                    + " (at most " + MAX_TEXT + ")");
        }
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of this text: " + e.getMessage(), e);
        }
        boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int row = 0; row < modules.length; row++) {
            for (int col = 0; col < modules[row].length; col++) {
                modules[row][col] = matrix.get(col, row) == 1;
            }
        }
        return modules;
    }
}
