package org.valuebench.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The fitted columns add up to the table's room, also when a flexible column stops at its minimum. */
class ColumnFitTest extends FxRobot {
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
    void aFlexibleColumnHeldAtItsMinimumLeavesTheShortfallToTheOther() {
        TableView<String> table = new TableView<>();
        TableColumn<String, String> fixed = new TableColumn<>("Fixed");
        TableColumn<String, String> longText = new TableColumn<>("Long");
        TableColumn<String, String> shortText = new TableColumn<>("Short");
        List<TableColumn<String, String>> columns = List.of(fixed, longText, shortText);
        interact(() -> {
            table.getColumns().setAll(columns);
            table.getItems().setAll("row");
            ColumnFit.install(table, (column, row) -> column == fixed ? "0123456789".repeat(3)
                    : column == longText ? "A long promise that says a lot about itself ".repeat(3)
                    : "Keep up the good work", Set.of(longText, shortText), 120);
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(table), 600, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double used = fixed.getWidth() + longText.getWidth() + shortText.getWidth();
        assertThat(shortText.getWidth()).isGreaterThanOrEqualTo(120);
        assertThat(used).as("no sideways scrolling while the long text can give way").isLessThanOrEqualTo(600);
        assertThat(used).isGreaterThan(600 - 30);
    }
}
