package org.valuebench.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.valuebench.app.workspace.TeamAddress;

/** The connect dialog driven by the robot: fields or one URL, a refusal that keeps it open, the typed password. */
class ConnectDialogTest extends FxRobot {
    private ConnectDialog dialog;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeDialog() {
        interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    private void show(ConnectViewModel model) {
        interact(() -> {
            dialog = new ConnectDialog(null, model);
            dialog.show();
        });
    }

    @Test
    void theFieldsAndAPasswordMakeTheAddressAndABadPortKeepsTheDialogOpenSayingWhy() {
        show(new ConnectViewModel(Map.of("PGUSER", "ann")));
        assertThat(lookup("#connectUser").queryAs(TextField.class).getText()).as("PGUSER").isEqualTo("ann");

        clickOn("#connectHost").write("db.example.com");
        doubleClickOn("#connectPort").write("54x");
        clickOn("#connectDatabase").write("valuebench");
        clickOn("#connectPassword").write("s3cret");
        interact(() -> lookup("#connectSslMode").queryAs(ComboBox.class).setValue("verify-full"));
        clickOn("#connectButton");

        assertThat(dialog.isShowing()).as("a port that is no number keeps the dialog open").isTrue();
        assertThat(lookup("#connectProblem").queryAs(Label.class).getText())
                .isEqualTo("The port must be a number, as 5432, not '54x'");

        doubleClickOn("#connectPort").write("5433");
        assertThat(lookup("#connectPreview").queryAs(Label.class).getText()).isEqualTo("Remembered as"
                + " postgresql://ann@db.example.com:5433/valuebench?sslmode=verify-full (without the password)");
        clickOn("#connectButton");

        assertThat(dialog.isShowing()).isFalse();
        TeamAddress answer = dialog.getResult();
        assertThat(answer.toString()).isEqualTo("postgresql://ann@db.example.com:5433/valuebench?sslmode=verify-full");
        assertThat(answer.password()).hasValue("s3cret");
    }

    @Test
    void oneUrlCanBeGivenInsteadAndCancelGivesNothing() {
        show(new ConnectViewModel(Map.of()));
        clickOn("#connectByAddress");
        clickOn("#connectAddress").write("postgres://bea@team.example.org/board?sslmode=require");
        clickOn("#connectButton");

        assertThat(dialog.getResult().toString()).isEqualTo("postgresql://bea@team.example.org:5432/board?sslmode=require");
        assertThat(dialog.getResult().password()).isEmpty();

        show(new ConnectViewModel(Map.of()));
        clickOn("#connectHost").write("somewhere");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }

    @Test
    void theLastTeamWorkspaceIsOfferedWithItsOptions() {
        ConnectViewModel model = new ConnectViewModel(Map.of());
        model.fill(TeamAddress.parse("postgresql://cy@db:6543/vb?sslmode=verify-full&sslrootcert=/etc/ca.pem",
                "test", Map.of()));
        show(model);

        assertThat(lookup("#connectHost").queryAs(TextField.class).getText()).isEqualTo("db");
        assertThat(lookup("#connectSslMode").queryAs(ComboBox.class).getValue()).isEqualTo("verify-full");
        clickOn("#connectButton");
        assertThat(dialog.getResult().toString())
                .isEqualTo("postgresql://cy@db:6543/vb?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem");
    }
}
