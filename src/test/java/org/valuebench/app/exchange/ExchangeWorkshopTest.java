package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.io.CanvasDocument;
import org.valuebench.io.CanvasJsonFormat;
import org.valuebench.io.CanvasJsonReader;
import org.valuebench.io.CanvasJsonWriter;
import org.valuebench.io.ShippedSchema;
import org.valuebench.app.TestWorkbenches;

/**
 * Workshops through the JSON exchange (format version 4): the sample café's workshop goes out and comes back whole
 * onto the new canvas's cards, undo takes it away and redo brings it back, and an older file still imports.
 */
class ExchangeWorkshopTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theCafesWorkshopGoesOutAndComesBackEqualApartFromIds() {
        try (Workbench samples = TestWorkbenches.open(dir.resolve("samples.db"), true, CLOCK);
             Workbench fresh = TestWorkbenches.open(dir.resolve("fresh.db"), true, CLOCK)) {
            SampleWorkspace.seed(samples);
            long cafe = cafe(samples);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExchangeUseCases(samples).exportJson(cafe, out, false);
            String json = out.toString(StandardCharsets.UTF_8);
            assertThat(json).startsWith("{\n  \"schemaVersion\": " + CanvasJsonFormat.SCHEMA_VERSION + ",")
                    .contains("\"workshops\": [");
            assertThat(CanvasJsonFormat.SCHEMA_VERSION).isEqualTo(4);

            long imported = new ExchangeUseCases(fresh).importJson(new ByteArrayInputStream(out.toByteArray()),
                    "cafe.json").canvas().orElseThrow().canvas().id();
            WorkshopRecord before = new WorkshopUseCases(samples).numbered(cafe, 1);
            WorkshopRecord after = new WorkshopUseCases(fresh).numbered(imported, 1);
            assertThat(after.workshop().canvasId()).isEqualTo(imported);
            assertThat(shape(after, fresh.canvas(imported))).isEqualTo(shape(before, samples.canvas(cafe)));

            fresh.undo();
            assertThat(fresh.library()).isEmpty();
            long redone = fresh.redo().canvas().orElseThrow().canvas().id();
            assertThat(shape(new WorkshopUseCases(fresh).numbered(redone, 1), fresh.canvas(redone)))
                    .isEqualTo(shape(before, samples.canvas(cafe)));
        }
    }

    @Test
    void aFileOfVersion3StillImportsWithoutWorkshops() throws Exception {
        try (Workbench fresh = TestWorkbenches.open(dir.resolve("fresh.db"), true, CLOCK);
             InputStream in = getClass().getResourceAsStream("/exchange/corner-cafe-v3.json")) {
            long imported = new ExchangeUseCases(fresh).importJson(in, "corner-cafe-v3.json").canvas().orElseThrow().canvas().id();
            assertThat(fresh.canvas(imported).items()).hasSizeGreaterThan(10);
            assertThat(new WorkshopUseCases(fresh).workshops(imported)).isEmpty();
        }
    }

    @Test
    void aVersion3FileWithWorkshopsIsRefused() {
        try (Workbench samples = TestWorkbenches.open(dir.resolve("samples.db"), true, CLOCK)) {
            SampleWorkspace.seed(samples);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExchangeUseCases(samples).exportJson(cafe(samples), out, false);
            String v3 = out.toString(StandardCharsets.UTF_8).replace("\"schemaVersion\": 4", "\"schemaVersion\": 3");
            assertThatThrownBy(() -> new ExchangeUseCases(samples).importJson(
                    new ByteArrayInputStream(v3.getBytes(StandardCharsets.UTF_8)), "old.json"))
                    .isInstanceOf(AppException.class)
                    .hasMessageContaining("($.workshops): a file of schemaVersion 3 cannot hold workshops");
        }
    }

    /** Anonymous steps and votes: the file names no participant and no ballot for them. */
    @Test
    void anonymousStepsAndVotesWriteNothingAboutTheirAuthors() {
        try (Workbench samples = TestWorkbenches.open(dir.resolve("samples.db"), true, CLOCK)) {
            SampleWorkspace.seed(samples);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExchangeUseCases(samples).exportJson(cafe(samples), out, false);
            assertThat(new ShippedSchema().problems(out.toString(StandardCharsets.UTF_8))).isEmpty();
            CanvasDocument doc = new CanvasJsonReader().readDocument(new ByteArrayInputStream(out.toByteArray()), "c");
            WorkshopRecord r = doc.workshops().get(0);
            assertThat(r.contributions()).anyMatch(Contribution::hasAuthor);
            assertThat(r.dots()).anyMatch(d -> d.participantId() != 0);
            WorkshopRecord anonymous = new WorkshopRecord(r.workshop(),
                    r.steps().stream().map(s -> s.withPrivacy(s.privateStep(), true)).toList(), r.participants(),
                    r.contributions(), r.votes().stream().map(v -> new Vote(v.id(), v.workshopId(), v.stepId(),
                    new VoteSettings(v.settings().sections(), v.settings().dotsPerParticipant(),
                            v.settings().oneDotPerCard(), true), v.open())).toList(), r.dots(), r.decisions());
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new CanvasJsonWriter().write(doc.content(), null, List.of(anonymous), again);
            String text = again.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("\"participants\": [", "\"cards\": [", "\"dots\": [")
                    .doesNotContain("\"participant\":", "ballot");
            WorkshopRecord back = new CanvasJsonReader().readDocument(new StringReader(text), "a").workshops().get(0);
            assertThat(back.contributions()).noneMatch(Contribution::hasAuthor);
            assertThat(back.dots()).allMatch(d -> d.participantId() == 0 && !d.ballot().startsWith("participant"));
        }
    }

    @Test
    void tooManyParticipantsAreRefusedWithThePlace() {
        try (Workbench samples = TestWorkbenches.open(dir.resolve("samples.db"), true, CLOCK)) {
            SampleWorkspace.seed(samples);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExchangeUseCases(samples).exportJson(cafe(samples), out, false);
            StringBuilder many = new StringBuilder("\"participants\": [");
            for (int i = 0; i < 61; i++) {
                many.append(i == 0 ? "" : ", ").append("{\"key\": \"p").append(i).append("\", \"name\": \"P\"}");
            }
            String hostile = out.toString(StandardCharsets.UTF_8).replaceFirst("\"participants\": \\[",
                    many.append(", ").toString());
            assertThatThrownBy(() -> new ExchangeUseCases(samples).importJson(new StringReader(hostile), "big.json"))
                    .isInstanceOf(AppException.class)
                    .hasMessageContaining("($.workshops[0].participants): more than 60 participants (65 found)");
        }
    }

    /** The Markdown export lists the latest workshop: date, participants, agenda times and the vote's result. */
    @Test
    void theMarkdownListsTheWorkshopsVoteResults() {
        try (Workbench samples = TestWorkbenches.open(dir.resolve("samples.db"), true, CLOCK)) {
            SampleWorkspace.seed(samples);
            long cafe = cafe(samples);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExchangeUseCases(samples).exportMarkdown(cafe, out);
            String md = out.toString(StandardCharsets.UTF_8);
            WorkshopRecord r = new WorkshopUseCases(samples).numbered(cafe, 1);
            assertThat(md).contains("## Workshop", "Workshop 1 of 1", r.participants().get(0).label(),
                    "| # | Step | Planned | Actual |", "**Total** | **1:35:00**", "### Vote results:",
                    "| Rank | Card | Dots |", "Decisions applied:");
            assertThat(md.indexOf("## Workshop")).isGreaterThan(md.indexOf("## Fit"));
        }
    }

    /** The PDF report of a canvas with a workshop ends with the workshop page, the latest of N. */
    @Test
    void thePdfHasAWorkshopPage() throws Exception {
        try (Workbench samples = TestWorkbenches.open(dir.resolve("samples.db"), true, CLOCK)) {
            SampleWorkspace.seed(samples);
            long cafe = cafe(samples);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExchangeUseCases(samples).exportPdf(cafe, out, PaperSize.A4);
            String text;
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                String all = stripper.getText(pdf);
                text = all.substring(all.indexOf("Workshop: Corner café"));
            }
            java.nio.file.Files.write(dir.resolve("cafe.pdf"), out.toByteArray());
            WorkshopRecord r = new WorkshopUseCases(samples).numbered(cafe, 1);
            assertThat(text).contains("Workshop: Corner café", "Workshop 1 of 1", r.participants().get(0).name(),
                    "Agenda", "Planned", "Actual", "Total", "1:35:00", "1:35:50", "Vote results: Wants",
                    "Feel at home, a second living room", "=3", "Decision", "importance 5", "Know the barista has my back on a bad day");
            assertThat(text).doesNotContain("(continued)");
        }
    }

    private static long cafe(Workbench workbench) {
        return workbench.library().stream().filter(c -> c.name().equals("Corner café")).map(CanvasSummary::id)
                .findFirst().orElseThrow();
    }

    /** The record with every id replaced by what it points at: a card's text, a step's title, a name. */
    static List<Object> shape(WorkshopRecord r, CanvasContent canvas) {
        java.util.function.LongFunction<String> card = id -> canvas.item(id).map(Item::text).orElse("?" + id);
        java.util.function.LongFunction<String> step = id -> r.step(id).map(AgendaStep::title).orElse("-");
        java.util.function.LongFunction<String> who = id -> r.participant(id).map(p -> p.name()).orElse("-");
        var w = r.workshop();
        return List.of(
                List.of(w.title(), w.started(), String.valueOf(w.ended()), w.state(), w.currentStep(),
                        String.valueOf(w.timerRunningSince()), w.timerExtraSeconds()),
                r.steps().stream().map(s -> s.withId(0, 0)).toList(),
                r.participants().stream().map(p -> p.withId(0, 0, p.position())).toList(),
                r.contributions().stream().map(c -> List.of(card.apply(c.itemId()), step.apply(c.stepId()),
                        who.apply(c.participantId()), c.hidden())).toList(),
                r.votes().stream().map(v -> List.of(step.apply(v.stepId()), v.settings(), v.open())).toList(),
                r.dots().stream().map(d -> List.of(card.apply(d.itemId()), who.apply(d.participantId()),
                        d.ballot().equals(Dot.PAPER) ? "paper" : d.participantId() == 0 ? "anonymous" : "named",
                        d.count())).toList(),
                r.decisions().stream().map(d -> List.of(card.apply(d.itemId()), d.kind(), d.value())).toList());
    }
}
