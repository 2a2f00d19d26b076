package org.valuebench.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

/**
 * docs/workshop-security.md says what the listener does; this keeps it true: the headers, the size cap and the
 * versions it names are the ones the listener uses and the build ships.
 */
class SecurityDocTest {
    private static final Path DOC = Path.of("docs", "workshop-security.md");

    private static String doc() throws IOException {
        // The doc wraps long lines; compare its words, not its line breaks.
        return Files.readString(DOC).replaceAll("\\s+", " ");
    }

    @Test
    void namesEveryProtectiveHeaderAsSent() throws IOException {
        String doc = doc();
        Protection.HEADERS.forEach((name, value) -> assertThat(doc).contains("`" + name + ": " + value + "`"));
    }

    @Test
    void namesTheSizeCapAndTheRoomsLimits() throws IOException {
        assertThat(doc()).contains("a body over " + JsonBodies.MAX_BYTES / 1024 + " KB")
                .contains("10 wrong join codes from one address within a minute")
                .contains("more than 120 requests or 30 cards a minute from one participant");
    }

    @Test
    void namesTheVersionsTheBuildShips() throws IOException {
        assertThat(doc()).contains("Javalin **" + Javalin.class.getPackage().getImplementationVersion() + "**")
                .contains("Jetty **" + Jetty.VERSION + "**");
    }

    @Test
    void coversTheThreatsTheIssueNames() throws IOException {
        assertThat(doc()).contains("## Who is on the network", "## Why plain HTTP with a join code",
                "## What the facilitator should do", "Hotel or conference Wi-Fi", "phone hotspot", "Close joining when everyone is in");
    }
}
