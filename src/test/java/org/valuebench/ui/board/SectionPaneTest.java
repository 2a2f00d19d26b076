package org.valuebench.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.domain.Section;

/** Cards follow their section's width both ways, as zooming in and out narrows and widens the sections. */
class SectionPaneTest extends FxRobot {
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        interact(() -> stage.close());
    }

    @Test
    void cardsNarrowWithTheirSectionInsteadOfRunningPastIt() {
        SectionPane section = new SectionPane(Section.values()[0]);
        Region card = new Region();
        StackPane holder = new StackPane(section);
        interact(() -> {
            section.cardsPane().getChildren().add(0, card);
            holder.setMinWidth(340);
            holder.setPrefWidth(340);
            holder.setMaxWidth(340);
            stage = new Stage();
            stage.setScene(new Scene(new Pane(holder), 800, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double wide = card.getWidth();
        interact(() -> {
            // The board gives a section a narrower column, as zooming in does.
            holder.setMinWidth(200);
            holder.setPrefWidth(200);
            holder.setMaxWidth(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(holder::layout);
        assertThat(wide).isGreaterThan(250);
        assertThat(section.getWidth()).isEqualTo(200);
        assertThat(card.getBoundsInParent().getMaxX()).as("the card ends inside its section")
                .isLessThanOrEqualTo(section.cardsPane().getWidth());
        assertThat(section.cardsPane().getWidth()).isLessThanOrEqualTo(200);
    }
}
