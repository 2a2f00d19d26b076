package org.valuebench.ui.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The board's zoom level: the commands, its limits, and that each workspace remembers its own. */
class BoardZoomTest {
    @TempDir
    Path dir;

    @Test
    void zoomInOutAndActualSizeChangeTheScaleWithinItsLimits() {
        try (ViewModelFixture fixture = new ViewModelFixture(dir.resolve("zoom.db"))) {
            BoardZoom zoom = new BoardZoom(fixture.workbench);
            assertThat(zoom.scaleProperty().get()).isEqualTo(1.0);
            zoom.zoomIn();
            assertThat(zoom.scaleProperty().get()).isGreaterThan(1.0);
            zoom.actualSize();
            assertThat(zoom.scaleProperty().get()).isEqualTo(1.0);
            zoom.zoomOut();
            assertThat(zoom.scaleProperty().get()).isLessThan(1.0);
            for (int i = 0; i < 40; i++) {
                zoom.zoomOut();
            }
            assertThat(zoom.scaleProperty().get()).isEqualTo(BoardZoom.MIN);
            for (int i = 0; i < 60; i++) {
                zoom.zoomIn();
            }
            assertThat(zoom.scaleProperty().get()).isEqualTo(BoardZoom.MAX);
        }
    }

    @Test
    void theLevelComesBackWhenTheWorkspaceIsOpenedAgainAndOnlyThere() {
        Path file = dir.resolve("remembered.db");
        try (ViewModelFixture fixture = new ViewModelFixture(file)) {
            BoardZoom zoom = new BoardZoom(fixture.workbench);
            zoom.zoomIn();
            zoom.zoomIn();
        }
        try (ViewModelFixture again = new ViewModelFixture(file)) {
            assertThat(new BoardZoom(again.workbench).scaleProperty().get()).isCloseTo(1.21, within(0.001));
        }
        try (ViewModelFixture other = new ViewModelFixture(dir.resolve("other.db"))) {
            assertThat(new BoardZoom(other.workbench).scaleProperty().get()).isEqualTo(1.0);
        }
    }

    @Test
    void fittingSetsTheLevelItComputedAndRemembersIt() {
        Path file = dir.resolve("fit.db");
        try (ViewModelFixture fixture = new ViewModelFixture(file)) {
            new BoardZoom(fixture.workbench).set(0.63);
        }
        try (ViewModelFixture again = new ViewModelFixture(file)) {
            assertThat(new BoardZoom(again.workbench).scaleProperty().get()).isEqualTo(0.63);
        }
    }
}
