package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;

/** {@code valuebench strategy} on a real workspace file built through the use cases (see TestCanvases). */
class StrategyCommandTest {
    private static final String CAFE_TABLE = """
            Strategy canvas of 'Corner café' (canvas 1): 4 factors, 4 offers (ours and 3 alternatives)

            RATINGS (1-5; - unknown)
              #  Factor         Action     Ours  Station kiosk  Chain café  Coffee at home
              1  Opening hours  Raise         5              3           4               5
              2  Price          Reduce        3              4           2               -
              3  Calm seating   Create        4              1           2               -
              4  Loyalty card   Eliminate     -              -           -               -
              Ours: Espresso bar at the station

            DIFFERENTIATION (against the best alternative; me-too within 0.5; weight: the highest importance of\
             the customer items a factor matters through, 3 when none)
              Factor         Standing  Weight  Ours  Best  Margin  Leaders
              Opening hours  Me-too         5     5     5       0  Coffee at home
              Price          Trail          3     3     4      -1  Station kiosk
              Calm seating   Lead           5     4     2      +2  Chain café
              Loyalty card   Unrated        3     -     -       -  -
            Differentiation: +0.54 (weighted mean margin over 3 rated factors)
            Share of the weight: me-too 38%, trailing 23%, leading 38%

            RIVALS, strongest first (our weighted margin over the factors both are rated on; negative: the rival\
             is ahead)
              Coffee at home   0.00  1 factor
              Chain café      +1.38  3 factors
              Station kiosk   +1.69  3 factors
            """;

    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;

    @BeforeEach
    void workspace() {
        db = dir.resolve("team.db");
        TestCanvases.cafeWithStrategy(db);
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), TestCanvases.CLOCK);
    }

    @Test
    void printsTheGridThenTheDifferentiationMeTooFirstThenTheRivals() {
        var result = cli.run("--db", db.toString(), "strategy", "Corner café");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(CAFE_TABLE);
        assertThat(cli.run("--db", db.toString(), "strategy", "1", "--format", "table").out()).isEqualTo(CAFE_TABLE);
    }

    @Test
    void writesJsonWithEveryCellAndNullsForUnknowns() throws Exception {
        var result = cli.run("--db", db.toString(), "strategy", "1", "--format", "json");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("canvas").asText()).isEqualTo("Corner café");
        assertThat(json.get("canvasId").asLong()).isEqualTo(1);
        assertThat(json.get("offers").toString()).isEqualTo("[{\"id\":0,\"name\":\"Espresso bar at the station\","
                + "\"section\":null},{\"id\":6,\"name\":\"Station kiosk\",\"section\":\"competitors\"},{\"id\":7,"
                + "\"name\":\"Chain café\",\"section\":\"competitors\"},{\"id\":8,\"name\":\"Coffee at home\","
                + "\"section\":\"substitutes\"}]");
        JsonNode factors = json.get("factors");
        assertThat(factors).hasSize(4);
        assertThat(factors.get(1).toString()).isEqualTo("{\"id\":2,\"position\":1,\"name\":\"Price\","
                + "\"sourceItemId\":null,\"action\":\"reduce\",\"actionNote\":\"\",\"customerItems\":[3],"
                + "\"ratings\":[{\"offer\":0,\"score\":3,\"note\":\"\"},{\"offer\":6,\"score\":4,\"note\":\"\"},"
                + "{\"offer\":7,\"score\":2,\"note\":\"\"},{\"offer\":8,\"score\":null,"
                + "\"note\":\"Nearly free, but who knows\"}],\"weight\":3,\"ours\":3,\"delivered\":null,"
                + "\"bestAlternative\":4,\"leaders\":[6],\"margin\":-1.0,\"weightedMargin\":-3.0,\"standing\":\"trail\","
                + "\"deliveredMargin\":null,\"deliveredStanding\":null,\"promiseNotKept\":false}");
        assertThat(factors.get(0).get("sourceItemId").asLong()).isEqualTo(4);
        assertThat(factors.get(0).get("standing").asText()).isEqualTo("me-too");
        assertThat(factors.get(2).get("standing").asText()).isEqualTo("lead");
        assertThat(factors.get(2).get("weight").asInt()).isEqualTo(5);
        assertThat(factors.get(3).get("standing").asText()).isEqualTo("unrated");
        assertThat(factors.get(3).get("ours").isNull()).isTrue();
        assertThat(factors.get(3).get("margin").isNull()).isTrue();
        JsonNode summary = json.get("differentiation");
        assertThat(summary.get("score").asDouble()).isCloseTo(7.0 / 13, within(1e-12));
        assertThat(summary.get("meTooShare").asDouble()).isCloseTo(5.0 / 13, within(1e-12));
        assertThat(summary.get("trailShare").asDouble()).isCloseTo(3.0 / 13, within(1e-12));
        assertThat(summary.get("leadShare").asDouble()).isCloseTo(5.0 / 13, within(1e-12));
        assertThat(summary.get("order").toString()).isEqualTo("[1,2,3,4]");
        assertThat(json.get("rivals").toString()).isEqualTo("[{\"offer\":8,\"name\":\"Coffee at home\","
                + "\"factorsCompared\":1,\"weightedMargin\":0.0},{\"offer\":7,\"name\":\"Chain café\","
                + "\"factorsCompared\":3,\"weightedMargin\":" + 18.0 / 13 + "},{\"offer\":6,\"name\":\"Station kiosk\","
                + "\"factorsCompared\":3,\"weightedMargin\":" + 22.0 / 13 + "}]");
    }

    @Test
    void showsDeliveryBesideThePromisedRatingWhereThereIsFeedback() throws Exception {
        try (Workbench wb = TestWorkbenches.open(db, false, TestCanvases.CLOCK)) {
            FeedbackUseCases feedback = new FeedbackUseCases(wb);
            feedback.add(Feedback.draft(1, 4, 3, FeedbackScale.ONE_TO_FIVE));
            feedback.add(Feedback.draft(1, 4, 4, FeedbackScale.ONE_TO_FIVE));
        }
        var table = cli.run("--db", db.toString(), "strategy", "Corner café");

        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("""
                  Factor         Standing  Weight  Ours  Delivered  Best  Margin  Leaders
                  Opening hours  Me-too         5     5       3.50     5       0  Coffee at home
                  Price          Trail          3     3          -     4      -1  Station kiosk
                """, "Promise not kept: Opening hours is rated me-too but delivered 3.50 against the best"
                + " alternative's 5\n");
        JsonNode hours = new ObjectMapper().readTree(cli.run("--db", db.toString(), "strategy", "1", "--format",
                "json").out()).get("factors").get(0);
        assertThat(hours.get("delivered").asDouble()).isEqualTo(3.5);
        assertThat(hours.get("deliveredMargin").asDouble()).isEqualTo(-1.5);
        assertThat(hours.get("deliveredStanding").asText()).isEqualTo("trail");
        assertThat(hours.get("promiseNotKept").asBoolean()).isTrue();
    }

    @Test
    void aCanvasWithoutFactorsSaysSo() throws Exception {
        var table = cli.run("--db", db.toString(), "strategy", "Call centre");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).isEqualTo("""
                Strategy canvas of 'Call centre' (canvas 2): 0 factors, 1 offer (ours and 0 alternatives)
                No competing factors yet: add them in the window's Strategy tab.
                """);
        JsonNode json = new ObjectMapper().readTree(cli.run("--db", db.toString(), "strategy", "2", "--format",
                "json").out());
        assertThat(json.get("factors")).isEmpty();
        assertThat(json.get("rivals")).isEmpty();
        assertThat(json.get("differentiation").get("score").isNull()).isTrue();
    }

    @Test
    void exitsWith1ForAnUnknownCanvasAnd2ForAUsageError() {
        var unknown = cli.run("--db", db.toString(), "strategy", "Tea room");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("No canvas is called or numbered 'Tea room'");

        var format = cli.run("--db", db.toString(), "strategy", "1", "--format", "csv");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format", "csv");

        var missing = cli.run("--db", db.toString(), "strategy");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("CANVAS");
    }
}
