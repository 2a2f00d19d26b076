package org.valuebench.report;

/**
 * Colour arithmetic for the palette tests: WCAG contrast, the simulation of colour-vision deficiencies by
 * Machado, Oliveira and Fernandes (2009, severity 1.0, applied in linear sRGB) and the CIEDE2000 difference.
 */
final class ColourVision {
    enum Deficiency {
        NONE(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Deficiency(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** WCAG 2 contrast ratio of two "#rrggbb" colours, 1 to 21. */
    static double contrast(String a, String b) {
        double la = luminance(linear(a));
        double lb = luminance(linear(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIEDE2000 difference of two colours as a reader with {@code deficiency} sees them. */
    static double difference(String a, String b, Deficiency deficiency) {
        return ciede2000(lab(simulate(linear(a), deficiency)), lab(simulate(linear(b), deficiency)));
    }

    private static double[] linear(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return c;
    }

    private static double luminance(double[] c) {
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double[] simulate(double[] c, Deficiency d) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = d.matrix[i][0] * c[0] + d.matrix[i][1] * c[1] + d.matrix[i][2] * c[2];
            out[i] = Math.min(1, Math.max(0, v));
        }
        return out;
    }

    private static double[] lab(double[] c) {
        double x = (0.4124564 * c[0] + 0.3575761 * c[1] + 0.1804375 * c[2]) / 0.95047;
        double y = 0.2126729 * c[0] + 0.7151522 * c[1] + 0.0721750 * c[2];
        double z = (0.0193339 * c[0] + 0.1191920 * c[1] + 0.9503041 * c[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** Sharma, Wu and Dalal's formulation of CIEDE2000 (kL = kC = kH = 1). */
    static double ciede2000(double[] p, double[] q) {
        double c1 = Math.hypot(p[1], p[2]);
        double c2 = Math.hypot(q[1], q[2]);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * p[1];
        double a2 = (1 + g) * q[1];
        double c1p = Math.hypot(a1, p[2]);
        double c2p = Math.hypot(a2, q[2]);
        double h1 = hue(p[2], a1);
        double h2 = hue(q[2], a2);
        double dL = q[0] - p[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360
                : h2 - h1 + 360;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (p[0] + q[0]) / 2;
        double cMean = (c1p + c2p) / 2;
        double hMean = c1p * c2p == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * cos(hMean - 30) + 0.24 * cos(2 * hMean) + 0.32 * cos(3 * hMean + 6)
                - 0.20 * cos(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cMean;
        double sh = 1 + 0.015 * cMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2)
                + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double b, double a) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
