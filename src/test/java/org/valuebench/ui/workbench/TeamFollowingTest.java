package org.valuebench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;
import org.valuebench.ui.details.DetailsViewModel;

/** The window on a team workspace follows a colleague's changes, shows who else is here, and a lost connection. */
class TeamFollowingTest {
    private final QueuedReportsRunner runner = new QueuedReportsRunner();
    private final ManualTicker ticker = new ManualTicker();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicReference<Workbench> mine = new AtomicReference<>();
    private TeamServer server;
    private Workbench colleague;
    private WorkbenchViewModel window;
    private long cafe;

    @BeforeEach
    void openTwoWindows() {
        server = TestPostgres.newDatabase("follow");
        colleague = Workbenches.openTeam(server, null, ViewModelFixture.CLOCK);
        cafe = colleague.createCanvas("Café").canvas().orElseThrow().canvas().id();
        colleague.addItem(cafe, Section.NEEDS, "Coffee", -1);
        window = new WorkbenchViewModel(runner, (location, upgrading) -> {
            mine.set(Workbenches.openTeam(server, null, ViewModelFixture.CLOCK));
            return mine.get();
        }, dialogs, ViewModelFixture.CLOCK, RecentWorkspaces.inMemory(), java.util.Map.of(), ticker);
        window.open(new WorkspaceLocation(Path.of("team"), false));
        assertThat(window.canvas()).map(c -> c.canvas().name()).contains("Café");
    }

    @AfterEach
    void close() {
        window.close();
        colleague.close();
    }

    @Test
    void aColleaguesChangeOfTheShownCanvasShowsKeepingTheSelection() throws InterruptedException {
        long coffee = window.canvas().orElseThrow().items().get(0).id();
        window.select(coffee);
        colleague.addItem(cafe, Section.WANTS, "Calm", -1);
        assertThat(runner.runReportsUntil(() -> texts(window.canvas().orElseThrow()).contains("Calm"), 1_000))
                .isTrue();
        assertThat(window.selectedItemIdProperty().get()).isEqualTo(coffee);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void textTypedInTheDetailsButNotYetStoredSurvivesAColleaguesChange() throws InterruptedException {
        DetailsViewModel details = new DetailsViewModel(window);
        long coffee = window.canvas().orElseThrow().items().get(0).id();
        window.select(coffee);
        details.textProperty().set("Coffee before the 7:40 train");
        colleague.addItem(cafe, Section.WANTS, "Calm", -1);
        assertThat(runner.runReportsUntil(() -> texts(window.canvas().orElseThrow()).contains("Calm"), 1_000))
                .isTrue();
        assertThat(details.textProperty().get()).isEqualTo("Coffee before the 7:40 train");
    }

    @Test
    void aColleaguesNewCanvasJoinsTheLibraryWhileTheShownCanvasStays() throws InterruptedException {
        colleague.createCanvas("Bakery");
        assertThat(runner.runReportsUntil(() -> window.library().size() == 2, 1_000)).isTrue();
        assertThat(window.canvasId()).isEqualTo(cafe);
    }

    @Test
    void theStatusSaysWhoElseIsHereRefreshedByTheTicker() {
        assertThat(window.teamStatusProperty().get()).isEqualTo("Team workspace · also here: postgres");
        colleague.close();
        waitForServerToForget();
        ticker.tick();
        assertThat(window.teamStatusProperty().get()).isEqualTo("Team workspace · no one else here");
    }

    @Test
    void aLostConnectionShowsAtOnceRefusesEditsAndClearsAfterTheCatchUp() throws InterruptedException {
        TestPostgres.admin("postgres", "ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS false");
        TestPostgres.admin("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name"
                + " = 'ValueBench " + mine.get().workspace().session() + " listening'");
        assertThat(runner.runReportsUntil(() -> window.teamStatusProperty().get().startsWith("Connection lost"),
                2_000)).isTrue();
        assertThat(window.teamStatusProperty().get())
                .isEqualTo("Connection lost — showing the last state, read-only; retrying…");
        assertThat(window.readOnlyReasonProperty().get()).contains("connection to the team workspace");
        window.addItem(Section.FEARS, "Queues", null);
        assertThat(dialogs.errors).singleElement().asString().contains("connection to the team workspace");
        colleague.addItem(cafe, Section.WANTS, "Calm", -1);
        TestPostgres.admin("postgres", "ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS true");
        assertThat(runner.runReportsUntil(() -> window.teamStatusProperty().get().startsWith("Team workspace"),
                6_000)).isTrue();
        assertThat(window.readOnlyReasonProperty().get()).isEmpty();
        assertThat(texts(window.canvas().orElseThrow())).contains("Calm").doesNotContain("Queues");
    }

    private void waitForServerToForget() {
        for (int i = 0; i < 40; i++) {
            ticker.tick();
            if (window.teamStatusProperty().get().endsWith("no one else here")) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static java.util.List<String> texts(CanvasContent content) {
        return content.items().stream().map(Item::text).toList();
    }
}
