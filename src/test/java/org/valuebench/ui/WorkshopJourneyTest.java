package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.cli.CommandContext;
import org.valuebench.cli.CommandLineMain;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.board.CanvasBoard;
import org.valuebench.ui.board.CardView;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;
import org.valuebench.ui.workshop.presentation.PresentationViewModel;

/**
 * A whole short workshop through the real windows (issue 24's "done means"): the default agenda, private cards for
 * three participants, the reveal, a merge by drag, a vote with three dots each, the vote applied to importance and
 * the finish; the presentation window follows along, and afterwards the PDF's workshop page, the JSON file and the
 * {@code workshop} command show the same participants, times and dots.
 */
class WorkshopJourneyTest extends FxRobot {
    private static final String CANVAS = "Journey café";
    private static final String PRESENTATION_TITLE = "ValueBench workshop: presentation";

    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final JourneyWorkshopDialogs workshopDialogs = new JourneyWorkshopDialogs();
    private final SteppedClock clock = new SteppedClock(ViewModelFixture.CLOCK.instant());
    private ValueBenchWindow window;
    private DatabaseThread database;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            interact(window::close);
            settle();
            window = null;
        }
    }

    @Test
    void runsAShortWorkshopAndThePdfTheJsonAndTheCommandLineAgree() throws Exception {
        Path file = dir.resolve("workshop.db");
        openWindow(file);
        clickOn("#emptyNewCanvas");
        settle();
        write(CANVAS).type(KeyCode.ENTER);
        settle();

        // Workshop ▸ Start workshop…: the default agenda as offered, three participants added in the dialog.
        workshopDialogs.fillStart = form -> {
            form.titleProperty().set("Kick-off");
            form.addParticipant("Ann", "sales");
            form.addParticipant("Bo", "operations");
            form.addParticipant("Cy", "finance");
        };
        clickOn("#menuWorkshop").clickOn(shownMenuItem("Start workshop…"));
        settle();
        assertThat(workshopDialogs.shownForm.steps()).hasSize(10);
        assertThat(lookup("#workshopStepTitle").queryAs(Label.class).getText()).isEqualTo("Wants");
        clickOn("#menuWorkshop").clickOn(shownMenuItem("Presentation window…"));
        settle();
        Stage projector = presentation();
        // One screen here: the facilitator goes back to the console, the projector's window stays open behind it.
        interact(() -> window.stage().toFront());

        // The first step is private: cards typed for three participants stay hidden on the projector.
        clickOn("#workshopTimerStart");
        settle();
        addCardFor("Ann (sales)", "Feel at home");
        addCardFor("Bo (operations)", "Feel welcome");
        addCardFor("Cy (finance)", "Quick coffee");
        addCardFor("Ann (sales)", "Know the staff");
        assertThat(fx(() -> shownText(projector, ".presentation-hidden"))).containsExactly("4 ideas in, hidden");
        assertThat(fx(() -> shownText(projector, ".presentation-card-text"))).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        clickOn("#workshopTimerPause");
        settle();

        clickOn("#workshopReveal");
        settle();
        assertThat(fx(() -> shownText(projector, ".presentation-hidden"))).isEmpty();
        assertThat(fx(() -> shownText(projector, ".presentation-card-text")))
                .containsExactlyInAnyOrder("Feel at home", "Feel welcome", "Quick coffee", "Know the staff");

        // Merge the duplicate: "Feel welcome" dropped onto "Feel at home", confirmed.
        dialogs.confirmations.add(true);
        CardView welcome = shownCard("Feel welcome");
        CardView home = shownCard("Feel at home");
        drag(welcome, MouseButton.PRIMARY).moveBy(8, 8).moveTo(centreOf(home)).drop();
        settle();
        assertThat(cardTexts(Section.WANTS)).containsExactlyInAnyOrder("Feel at home", "Quick coffee",
                "Know the staff");
        assertThat(stored(file).items()).filteredOn(i -> i.text().equals("Feel at home")).singleElement()
                .extracting(Item::notes).asString().contains("Feel welcome");
        assertThat(fx(() -> shownText(projector, ".presentation-card-text")))
                .containsExactlyInAnyOrder("Feel at home", "Quick coffee", "Know the staff");

        // On to the agenda's last step, the vote: three dots each, placed by clicking cards for each participant.
        for (int i = 0; i < 9; i++) {
            clickOn("#workshopNext");
            settle();
        }
        assertThat(lookup("#workshopStepTitle").queryAs(Label.class).getText()).isEqualTo("Vote");
        clickOn("#workshopStartVote");
        settle();
        // Never the same card twice in a row: two quick clicks would be a double click, which edits the card.
        dot("Ann (sales)", "Feel at home", "Quick coffee", "Feel at home");
        dot("Bo (operations)", "Feel at home", "Quick coffee", "Know the staff");
        dot("Cy (finance)", "Feel at home", "Know the staff", "Feel at home");
        assertThat(lookup("#workshopDotsLeft").queryAs(Label.class).getText()).contains("0 of 3");
        assertThat(fx(() -> shownText(projector, ".presentation-dots"))).containsExactlyInAnyOrder(
                PresentationViewModel.dots(5), PresentationViewModel.dots(2), PresentationViewModel.dots(2));

        clickOn("#workshopStopVote");
        settle();
        assertThat(lookup("#workshopResults").queryAs(Label.class).getText())
                .startsWith("1. Feel at home (5 dots)").contains("=2. Quick coffee (2 dots)");
        dialogs.confirmations.add(true);
        clickOn("#workshopApplyImportance");
        settle();
        assertThat(stored(file).items()).filteredOn(i -> i.text().equals("Feel at home")).singleElement()
                .extracting(Item::importance).isEqualTo(5);

        clickOn("#workshopFinish");
        settle();
        assertThat(projector.isShowing()).as("the projector closes with the workshop").isFalse();
        long canvasId = window.model().canvasId();
        interact(window::close);
        settle();
        window = null;

        try (Workbench wb = Workbenches.open(file, false, clock)) {
            WorkshopRecord r = new WorkshopUseCases(wb).numbered(canvasId, 1);
            assertThat(r.workshop().isRunning()).isFalse();
            assertThat(r.participants()).extracting(Participant::label)
                    .containsExactly("Ann (sales)", "Bo (operations)", "Cy (finance)");
            assertThat(r.steps().get(0).actualSeconds()).isEqualTo(240);
            assertThat(r.dots()).hasSize(9);

            Path pdf = dir.resolve("workshop.pdf");
            new ExchangeUseCases(wb).exportPdf(canvasId, pdf, PaperSize.A4);
            String page = workshopPage(pdf);
            assertThat(page).contains("Kick-off", "Participants: Ann (sales), Bo (operations), Cy (finance).",
                    "\n1 Wants Wants private 10:00 4:00 3\n", "\nTotal 1:35:00 4:00\n", "3 dots each, named.",
                    "\n1 Feel at home importance 5 5\n", "\n=2 Quick coffee importance 4 2\n",
                    "\n=2 Know the staff importance 4 2\n");

            ByteArrayOutputStream json = new ByteArrayOutputStream();
            new ExchangeUseCases(wb).exportJson(canvasId, json, false);
            JsonNode exported = new ObjectMapper().readTree(json.toString(StandardCharsets.UTF_8));
            JsonNode workshop = exported.get("workshops").get(0);
            assertThat(workshop.get("participants").findValuesAsText("name")).containsExactly("Ann", "Bo", "Cy");
            assertThat(workshop.get("participants").findValuesAsText("role"))
                    .containsExactly("sales", "operations", "finance");
            assertThat(workshop.get("steps").get(0).get("plannedSeconds").asInt()).isEqualTo(600);
            assertThat(workshop.get("steps").get(0).get("actualSeconds").asInt()).isEqualTo(240);
            assertThat(dotsBy(workshop, "participant", keyed(workshop.get("participants"), "name")))
                    .containsOnly(Map.entry("Ann", 3), Map.entry("Bo", 3), Map.entry("Cy", 3));
            assertThat(dotsBy(workshop, "item", keyed(exported, "text"))).containsOnly(Map.entry("Feel at home", 5),
                    Map.entry("Quick coffee", 2), Map.entry("Know the staff", 2));
        }

        String cli = commandLine(file, "workshop", CANVAS, "1");
        assertThat(cli).contains("Participants: Ann (sales), Bo (operations), Cy (finance)",
                        "Time: 1:35:00 planned, 4:00 taken")
                .containsPattern("\\n +1 +Wants +Wants +brainstorm +10:00 +4:00 +3 +private\\n")
                .contains("Feel at home — Ann, Bo", "Quick coffee — Cy", "Know the staff — Ann")
                .contains("(3 dots each, named)")
                .containsPattern("\\n +1 +5 +Feel at home").containsPattern("\\n +=2 +2 +Quick coffee")
                .containsPattern("\\n +=2 +2 +Know the staff")
                .contains("Importance 5: Feel at home");
    }

    // ---- the window

    private void openWindow(Path file) throws ExecutionException, InterruptedException {
        database = new DatabaseThread(Platform::runLater);
        ExportThread exports = new ExportThread(Platform::runLater);
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(database,
                (location, upgrading) -> Workbenches.open(location.file(), true, clock, upgrading),
                stage -> dialogs, new InMemoryWindowSettings(), clock, exports, JourneyWindows.NO_DESKTOP,
                Locale.UK, dir.resolve("logs"), stage -> workshopDialogs);
        window = WaitForAsyncUtils.asyncFx(() -> ValueBenchWindow.show(new Stage(), deps,
                new WorkspaceLocation(file, false))).get();
        settle();
    }

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && (window == null || window.isBuilt()));
    }

    private Node shownMenuItem(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(text).match((Node n) -> n.getScene() != null && n.getScene().getWindow().isShowing()).query();
    }

    /** The participant chosen in the console's list, then a card typed into its field for the step's section. */
    private void addCardFor(String participant, String text) {
        choose(participant);
        clickOn("#workshopCardText").write(text).type(KeyCode.ENTER);
        settle();
    }

    private void choose(String participant) {
        clickOn("#workshopParticipant");
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && participant.equals(c.getText())
                && n.getScene() != null && n.getScene().getWindow() != window.stage()).query();
        clickOn(cell);
        settle();
    }

    /** Dots for one participant: a click on each card named (named twice for two dots). */
    private void dot(String participant, String... cards) {
        choose(participant);
        for (String text : cards) {
            clickOn(shownCard(text));
            settle();
        }
    }

    private CanvasBoard board() {
        return lookup("#canvasBoard").queryAs(CanvasBoard.class);
    }

    private CardView shownCard(String text) {
        settle();
        CardView card = fx(() -> lookup(".card").queryAllAs(CardView.class).stream()
                .filter(c -> c.item().text().equals(text) && c.getScene() != null && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no card '" + text + "' on the board")));
        interact(() -> board().reveal(card));
        return card;
    }

    private List<String> cardTexts(Section section) {
        return fx(() -> board().section(section).cards().stream().map(c -> c.item().text()).toList());
    }

    private static Point2D centreOf(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private CanvasContent stored(Path file) {
        long id = window.model().canvasId();
        CanvasContent[] content = new CanvasContent[1];
        ViewModelFixture.inDatabase(file, wb -> content[0] = wb.canvas(id));
        return content[0];
    }

    // ---- the projector

    private Stage presentation() {
        return fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && w.isShowing()
                && PRESENTATION_TITLE.equals(s.getTitle())).map(Stage.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no presentation window open")));
    }

    /** The texts of the projector's visible labels of {@code styleClass}. */
    private List<String> shownText(Stage projector, String styleClass) {
        return from(projector.getScene().getRoot()).lookup(styleClass).queryAllAs(Label.class).stream()
                .filter(WorkshopJourneyTest::visibleAll).map(Label::getText).filter(t -> !t.isEmpty()).toList();
    }

    private static boolean visibleAll(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // ---- what is kept

    private static String workshopPage(Path pdf) throws java.io.IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replace("\r\n", "\n");
                if (text.contains("Workshop: " + CANVAS)) {
                    return text;
                }
            }
        }
        throw new AssertionError("the PDF has no workshop page");
    }

    /** The JSON's dots summed by {@code field} (the participant's or the card's key), named through {@code names}. */
    private static Map<String, Integer> dotsBy(JsonNode workshop, String field, Map<String, String> names) {
        Map<String, Integer> dots = new TreeMap<>();
        for (JsonNode vote : workshop.get("votes")) {
            for (JsonNode dot : vote.get("dots")) {
                dots.merge(names.get(dot.get(field).asText()), dot.get("count").asInt(), Integer::sum);
            }
        }
        return dots;
    }

    /** Every object under {@code node} with a key and a {@code value} field: key to value. */
    private static Map<String, String> keyed(JsonNode node, String value) {
        Map<String, String> byKey = new HashMap<>();
        for (JsonNode n : node.findParents("key")) {
            if (n.has(value)) {
                byKey.put(n.get("key").asText(), n.get(value).asText());
            }
        }
        return byKey;
    }

    private String commandLine(Path file, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = CommandLineMain.run(all, new CommandContext(new PrintWriter(out), new PrintWriter(err),
                (db, createFolder) -> Workbenches.open(Path.of(db), false, clock)));
        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
