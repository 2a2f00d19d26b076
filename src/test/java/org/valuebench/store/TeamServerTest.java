package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamServerTest {
    @Test
    void readsTheAddressAsPostgresqlClientsDoAndKeepsThePasswordOutOfWhatIsShown() {
        TeamServer.Parsed parsed = TeamServer.parse("postgresql://anna:s%3Dcret@db.example.org:6543/strategy"
                + "?sslmode=verify-full&sslrootcert=root.crt", "someone");
        TeamServer server = parsed.server();
        assertThat(server).isEqualTo(new TeamServer("db.example.org", 6543, "strategy", "anna",
                Map.of("sslmode", "verify-full", "sslrootcert", "root.crt")));
        assertThat(parsed.password()).contains("s=cret");
        assertThat(server.toString())
                .isEqualTo("postgresql://anna@db.example.org:6543/strategy?sslmode=verify-full&sslrootcert=root.crt")
                .doesNotContain("cret");
        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/strategy?sslmode=verify-full"
                + "&sslrootcert=root.crt");
    }

    @Test
    void missingPartsDefaultAsInPsql() {
        TeamServer server = TeamServer.parse("postgres://db.example.org", "ben").server();
        assertThat(server).isEqualTo(new TeamServer("db.example.org", 5432, "ben", "ben", Map.of()));
        assertThat(TeamServer.parse("jdbc:postgresql://[fd00::2]:5433/vb?user=cy", "ben").server())
                .isEqualTo(new TeamServer("fd00::2", 5433, "vb", "cy", Map.of()));
        assertThat(TeamServer.parse("postgresql://anna@/vb", "ben").server().host()).isEqualTo("localhost");
    }

    @Test
    void tellsAddressesFromFilesAndRefusesBadPorts() {
        assertThat(TeamServer.isAddress(" PostgreSQL://x/y")).isTrue();
        assertThat(TeamServer.isAddress("workspace.db")).isFalse();
        assertThat(TeamServer.isAddress("https://x/y")).isFalse();
        assertThatThrownBy(() -> TeamServer.parse("postgresql://h:port/db", "u")).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a number: 'port'");
        assertThatThrownBy(() -> TeamServer.parse("postgresql://h:70000/db", "u")).isInstanceOf(StoreException.class)
                .hasMessageContaining("between 1 and 65535");
    }
}
