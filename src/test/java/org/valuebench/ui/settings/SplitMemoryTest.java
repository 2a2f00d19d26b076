package org.valuebench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A split opens where the user last left it, and remembers where a drag leaves it. */
class SplitMemoryTest extends FxRobot {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSplitOpensWhereItWasLeftAndRemembersADrag() {
        InMemoryWindowSettings settings = new InMemoryWindowSettings();
        settings.saveDividers("gapContent", new double[] {0.3});
        interact(() -> {
            SplitPane split = new SplitPane(new Region(), new Region());
            split.setId("gapContent");
            split.setDividerPositions(0.56);
            SplitMemory.remember(split, settings);
            assertThat(split.getDividerPositions()).containsExactly(0.3);

            split.setDividerPosition(0, 0.7);
            Event.fireEvent(split, new MouseEvent(MouseEvent.MOUSE_RELEASED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                    false, false, false, false, false, false, false, false, false, false, null));
            assertThat(settings.dividers("gapContent")).hasValueSatisfying(p -> assertThat(p).containsExactly(0.7));
        });
    }

    @Test
    void savedPositionsForAnotherNumberOfPanesAreIgnored() {
        InMemoryWindowSettings settings = new InMemoryWindowSettings();
        settings.saveDividers("strategyTop", new double[] {0.2, 0.4});
        interact(() -> {
            SplitPane split = new SplitPane(new Region(), new Region());
            split.setId("strategyTop");
            split.setDividerPositions(0.72);
            SplitMemory.remember(split, settings);
            assertThat(split.getDividerPositions()).containsExactly(0.72);
        });
    }
}
