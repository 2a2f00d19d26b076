package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;

/**
 * {@code export-png}: a picture of the board (title and the eight sections), not the PDF's page 1 with its page
 * footer; twice the board's size by default, {@code --scale} to change it, within a bounded pixel count.
 */
class ExportPngCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    /** The board picture is 960 points wide, as a 16:9 slide; its height grows with the notes. */
    private static final int BOARD_WIDTH = 960;

    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;
    private CommandLineRunner.Result result;
    private String sampleName;

    @BeforeEach
    void open() {
        db = dir.resolve("workspace.db");
        try (Workbench workbench = TestWorkbenches.open(db, false, CLOCK)) {
            SampleWorkspace.canvases().forEach(c -> workbench.addCanvas("Sample", c, c.canvas().name()));
            sampleName = workbench.library().get(0).name();
        }
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK);
    }

    private int run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db.toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        result = cli.run(withDb);
        return result.exit();
    }

    @Test
    void theBoardAtTwiceItsSizeWithNoPageFooter() throws IOException {
        Path png = dir.resolve("canvas.png");
        assertThat(run("export-png", sampleName, "-o", png.toString())).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(BOARD_WIDTH * 2);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(540 * 2);
        // Below the board there is only background: no "ValueBench · name   Page 1 of 7" footer.
        int background = image.getRGB(1, image.getHeight() - 2);
        for (int y = image.getHeight() - 40; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(background);
            }
        }
    }

    @Test
    void scaleChangesTheSize() throws IOException {
        Path one = dir.resolve("one.png");
        Path three = dir.resolve("three.png");
        assertThat(run("export-png", sampleName, "-o", one.toString(), "--scale", "1")).isZero();
        assertThat(run("export-png", sampleName, "-o", three.toString(), "--scale", "3")).isZero();
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(three.toFile());
        assertThat(small.getWidth()).isEqualTo(BOARD_WIDTH);
        assertThat(large.getWidth()).isEqualTo(BOARD_WIDTH * 3);
        assertThat(large.getHeight()).isBetween(small.getHeight() * 3 - 1, small.getHeight() * 3 + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "abc", "NaN", "Infinity", "1e9", "0.01"})
    void refusesAScaleThatIsNotAUsefulNumber(String scale) {
        Path png = dir.resolve("x.png");
        assertThat(run("export-png", sampleName, "-o", png.toString(), "--scale", scale)).isEqualTo(2);
        assertThat(result.err()).contains("--scale").contains("a number from 0.25 to 10");
        assertThat(png).doesNotExist();
    }

    @Test
    void refusesAPictureLargerThanThePixelLimitNamingIt() {
        Path png = dir.resolve("x.png");
        assertThat(run("export-png", sampleName, "-o", png.toString(), "--scale", "9")).isEqualTo(1);
        assertThat(result.err()).contains("25 million pixels").contains("smaller scale");
        assertThat(png).doesNotExist();
    }
}
