package org.valuebench.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyPreview;

/** The mapping dialog with a file whose layout is known: the user only matches the rating to a promise. */
class SurveyMappingDialogTest extends FxRobot {
    private SurveyMappingDialog dialog;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            interact(dialog::close);
        }
    }

    private AtomicReference<ImportOptions> open(SurveyPreview preview) {
        AtomicReference<ImportOptions> result = new AtomicReference<>();
        interact(() -> {
            dialog = new SurveyMappingDialog(null, SurveyMappingDialogPreview.model(preview));
            dialog.setOnHidden(e -> result.set(dialog.getResult()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private void choose(String comboId, String text) {
        clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof javafx.scene.control.Labeled l
                && text.equals(l.getText()) && n.isVisible()).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRuleAndTheLeftOutResponsesShowAndOnlyThePromiseIsLeftToChoose() {
        AtomicReference<ImportOptions> result = open(SurveyMappingDialogPreview.zendesk());

        assertThat(lookup("#mappingRule").queryAs(Label.class).getText()).startsWith("Zendesk's good counts as 5");
        assertThat(lookup("#mappingExcluded").queryAs(Label.class).getText()).startsWith("Left out at least 1 test");
        assertThat(lookup("#mappingSheet").query().isVisible()).isFalse();
        assertThat(lookup("#mappingProblem").queryAs(Label.class).getText()).contains("'score'");
        assertThat(lookup("#mappingImport").query().isDisabled()).isTrue();

        choose("#mappingPromise-2", "Resolved on the first contact");
        clickOn("#mappingInclude-partial");
        assertThat(lookup("#mappingImport").query().isDisabled()).isFalse();
        clickOn("#mappingImport");
        WaitForAsyncUtils.waitForFxEvents();

        ImportOptions options = result.get();
        assertThat(options).isNotNull();
        assertThat(options.format()).isEqualTo(FeedbackFormat.ZENDESK);
        assertThat(options.mapping().include()).containsExactly(ResponseKind.PARTIAL);
        assertThat(options.mapping().questions()).singleElement().satisfies(q -> {
            assertThat(q.promise()).isEqualTo("Resolved on the first contact");
            assertThat(q.answers()).containsEntry("bad", 1.0);
        });
        assertThat(options.mapping().channel()).isEqualTo("support ticket");
        dialog = null;
    }

    @Test
    void aWorkbookOfSeveralSheetsOffersThem() {
        open(SurveyMappingDialogPreview.workbook());
        assertThat(lookup("#mappingSheet").query().isVisible()).isTrue();
        assertThat(lookup("#mappingRule").query().isVisible()).isFalse();
        assertThat(lookup("#mappingExcluded").query().isVisible()).isFalse();
    }
}
