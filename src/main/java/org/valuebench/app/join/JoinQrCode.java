package org.valuebench.app.join;

import org.valuebench.io.QrCode;

/** The join link's QR code for the window's presentation view, which may not reach the io layer itself. */
public final class JoinQrCode {
    private JoinQrCode() {
    }

    /** The modules of {@code joinLink}'s QR code, {@code [row][column]}, true dark, without the quiet zone. */
    public static boolean[][] of(String joinLink) {
        return QrCode.modules(joinLink);
    }
}
