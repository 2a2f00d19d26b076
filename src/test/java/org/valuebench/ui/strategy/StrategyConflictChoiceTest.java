package org.valuebench.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.ui.workbench.ImmediateRunner;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.VersionChoice;
import org.valuebench.ui.workbench.ViewModelFixture;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The Strategy tab's side of a refused edit: a colleague (a second workbench on the file) changed the factor or the
 * rating cell since the window showed it; the window asks with both versions, as for an item, instead of failing.
 */
class StrategyConflictChoiceTest {
    @TempDir
    Path dir;

    private Path file;
    private ScriptedDialogs dialogs;
    private WorkbenchViewModel window;
    private StrategyViewModel strategy;
    private long rival;
    private long price;

    @BeforeEach
    void open() {
        file = dir.resolve("shared.db");
        dialogs = new ScriptedDialogs();
        window = new WorkbenchViewModel(new ImmediateRunner(),
                (location, upgrading) -> Workbenches.open(location.file(), false, ViewModelFixture.CLOCK, upgrading),
                dialogs, ViewModelFixture.CLOCK);
        window.open(new WorkspaceLocation(file, false));
        window.createCanvas("Shop");
        window.addItem(Section.COMPETITORS, "Hard discounter", null);
        rival = window.canvas().orElseThrow().itemsIn(Section.COMPETITORS).get(0).id();
        strategy = new StrategyViewModel(window);
        strategy.activeProperty().set(true);
        strategy.addFactor("Price");
        price = strategy.rows().get(0).factorId();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void colleague(Consumer<StrategyUseCases> edit) {
        try (Workbench colleague = Workbenches.open(file, false, ViewModelFixture.CLOCK)) {
            colleague.show(window.canvasId());
            edit.accept(new StrategyUseCases(colleague, new GapUseCases(colleague)));
        }
    }

    private Rating storedRating() {
        Rating[] result = new Rating[1];
        ViewModelFixture.inDatabase(file, wb -> result[0] = wb.canvas(window.canvasId()).strategy().rating(price, rival));
        return result[0];
    }

    @Test
    void aRatingAColleagueGaveTheCellMeanwhileAsksWithBothAndKeepMineWritesMine() {
        colleague(s -> s.rate(price, rival, 4));
        dialogs.versionChoices.push(VersionChoice.KEEP_MINE);

        strategy.rate(price, rival, 3);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.getMessage()).contains("the rating of 'Hard discounter' on 'Price'");
            assertThat(conflict.fields()).filteredOn(EditConflictException.Field::differs)
                    .containsExactly(new EditConflictException.Field("Rating", "3", "4"));
        });
        assertThat(storedRating().score()).isEqualTo(3);
        assertThat(strategy.rows().get(0).cell(rival).score()).isEqualTo(3);
        assertThat(window.undoTextProperty().get()).isEqualTo("Undo Rate");
        window.undo();
        assertThat(storedRating().score()).isEqualTo(4);
    }

    @Test
    void aFactorAColleagueRenamedMeanwhileAsksAndKeepTheirsWritesNothingAndSaysSo() {
        colleague(s -> s.renameFactor(price, "Low price"));
        dialogs.versionChoices.push(VersionChoice.KEEP_THEIRS);

        strategy.renameFactor(price, "Cheap");

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.conflicts).singleElement().satisfies(conflict -> assertThat(conflict.fields())
                .filteredOn(EditConflictException.Field::differs)
                .containsExactly(new EditConflictException.Field("Name", "Cheap", "Low price")));
        assertThat(strategy.rows().get(0).factor()).extracting(Factor::name).isEqualTo("Low price");
        assertThat(window.statusProperty().get().text())
                .isEqualTo("Kept your colleague's version of the factor 'Low price'; yours was not saved");
    }
}
