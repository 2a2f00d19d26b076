package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.store.PasswordRoles;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

/**
 * Every subcommand against a team workspace on the embedded PostgreSQL server, named by {@code --db} or
 * {@code VALUEBENCH_DB}: the same output as on a file; what goes wrong while connecting is one line, no trace.
 */
class TeamWorkspaceCommandLineTest {
    @TempDir
    Path dir;

    private static String url(TeamServer server) {
        return "postgresql://postgres@localhost:" + server.port() + "/" + server.database();
    }

    private CommandLineRunner runner(Map<String, String> env) {
        return new CommandLineRunner(env, dir.resolve("home"), TestCanvases.CLOCK);
    }

    @Test
    void listShowImportFeedbackAndExportJsonWorkOnATeamWorkspaceAsOnAFile() throws IOException {
        TeamServer server = TestPostgres.newDatabase("cli");
        try (Workbench wb = Workbenches.openTeam(server, null, TestCanvases.CLOCK)) {
            TestCanvases.cafeAndCallCentre(wb);
        }
        Path file = dir.resolve("same.db");
        TestCanvases.cafeAndCallCentre(file);
        Path csv = Files.writeString(dir.resolve("survey.csv"), "promise,score\nOrder ahead in the app,4\n"
                + "Order ahead in the app,5\n", StandardCharsets.UTF_8);
        CommandLineRunner cli = runner(Map.of());

        for (List<String> args : List.of(List.of("list"), List.of("show", "1"), List.of("show", "Café corner"),
                List.of("import-feedback", "1", csv.toString()), List.of("gaps", "1"), List.of("list"))) {
            var onTeam = cli.run(with("--db", url(server), args));
            var onFile = cli.run(with("--db", file.toString(), args));
            assertThat(onTeam.exit()).as(args + ": " + onTeam.err()).isZero();
            assertThat(onTeam.out().replace(server.toString(), "WHERE"))
                    .as(String.join(" ", args)).isEqualTo(onFile.out().replace(file.toString(), "WHERE"));
            assertThat(onTeam.err()).isEqualTo(onFile.err());
        }
        Path teamJson = dir.resolve("team.json");
        Path fileJson = dir.resolve("file.json");
        assertThat(cli.run("export-json", "1", "-o", teamJson.toString(), "--db", url(server)).exit()).isZero();
        assertThat(cli.run("export-json", "1", "-o", fileJson.toString(), "--db", file.toString()).exit()).isZero();
        assertThat(Files.readString(teamJson)).isEqualTo(Files.readString(fileJson)).contains("Order ahead in the app");

        var fromEnv = runner(Map.of("VALUEBENCH_DB", url(server))).run("list");
        assertThat(fromEnv.exit()).isZero();
        assertThat(fromEnv.out()).contains("Café corner", "Call centre");
    }

    @Test
    void aBadAddressIsAUsageErrorInOneLine() {
        var result = runner(Map.of()).run("--db", "postgresql://ann:s3cret@localhost:54x/vb", "list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_USAGE);
        assertThat(result.err().lines().findFirst().orElseThrow()).startsWith("valuebench: --db: ")
                .contains("port").contains("54x");
        assertThat(result.err()).doesNotContain("s3cret").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void noSuchDatabaseAnUnreachableServerAndARefusedSignInAreOneLineEachWithExitOne() throws IOException {
        String port = String.valueOf(TestPostgres.server().getPort());
        String role = "cli_refused_" + System.nanoTime();
        PasswordRoles.create(role, "right-one");
        int closedPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        var missing = runner(Map.of()).run("--db", "postgresql://postgres@localhost:" + port + "/no_such_db", "list");
        var unreachable = runner(Map.of()).run("--db", "postgresql://postgres@localhost:" + closedPort + "/vb", "list");
        var refused = runner(Map.of("PGPASSWORD", "wrong-one")).run("--db",
                "postgresql://" + role + "@localhost:" + port + "/postgres", "list");

        assertThat(missing.err()).isEqualTo("valuebench: Cannot open the team workspace postgresql://postgres@localhost:"
                + port + "/no_such_db: there is no such database on the server. An administrator creates it (see"
                + " docs/team-workspace.md). Nothing was changed.\n");
        assertThat(unreachable.err()).startsWith("valuebench: Cannot open the team workspace postgresql://postgres@"
                + "localhost:" + closedPort + "/vb: the server cannot be reached");
        assertThat(refused.err()).startsWith("valuebench: Cannot open the team workspace postgresql://" + role
                + "@localhost:" + port + "/postgres: the server refused the sign-in").doesNotContain("wrong-one");
        for (var result : List.of(missing, unreachable, refused)) {
            assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().lines()).hasSize(1);
            assertThat(result.err()).doesNotContain("\tat ").doesNotContain("PSQLException");
        }
    }

    @Test
    void theServerAsksForAPasswordAndPgPasswordGivesIt() {
        TeamServer server = TestPostgres.newDatabase("cli_pw");
        String role = "cli_pw_" + System.nanoTime();
        PasswordRoles.create(role, "pg-password-1");
        TestPostgres.admin(server.database(), "GRANT CREATE ON SCHEMA public TO " + role);
        String address = "postgresql://" + role + "@localhost:" + server.port() + "/" + server.database();

        var without = runner(Map.of()).run("--db", address, "list");
        var with = runner(Map.of("PGPASSWORD", "pg-password-1")).run("--db", address, "list");
        var userFromEnv = runner(Map.of("PGPASSWORD", "pg-password-1", "PGUSER", role)).run("--db",
                "postgresql://localhost:" + server.port() + "/" + server.database(), "list");

        assertThat(PasswordRoles.hbaRules()).as("the embedded server trusts every other local sign-in")
                .anyMatch(rule -> rule.matches("host\\s+all\\s+all\\s+.*trust"));
        assertThat(without.exit()).as("without a password the server refuses").isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(without.err()).isEqualTo("valuebench: Cannot open the team workspace " + address + ": the server"
                + " asks for a password and none was given. Give it when connecting, in PGPASSWORD or in the pgpass file"
                + " (PGPASSFILE, else ~/.pgpass). Nothing was changed.\n");
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(with.out()).isEqualTo("No canvases in " + address + "\n");
        assertThat(userFromEnv.exit()).as(userFromEnv.err()).isZero();
    }

    /** PGPASSFILE is read by the driver from the process's environment: so this runs valuebench as a user does. */
    @Test
    void aPgpassFileNamedByPgpassfileGivesThePassword() throws Exception {
        TeamServer server = TestPostgres.newDatabase("cli_pgpass");
        String role = "cli_pgpass_" + System.nanoTime();
        PasswordRoles.create(role, "from-pgpass-file");
        TestPostgres.admin(server.database(), "GRANT CREATE ON SCHEMA public TO " + role);
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "localhost:" + server.port() + ":" + server.database()
                + ":" + role + ":from-pgpass-file\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String address = "postgresql://" + role + "@localhost:" + server.port() + "/" + server.database();

        Process withFile = valuebench(Map.of("PGPASSFILE", pgpass.toString()), "--db", address, "list");
        Process withoutFile = valuebench(Map.of("PGPASSFILE", dir.resolve("none").toString()), "--db", address,
                "list");

        assertThat(withFile.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(withoutFile.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(withFile.exitValue()).as(Files.readString(dir.resolve("err-0"))).isZero();
        assertThat(Files.readString(dir.resolve("out-0"))).isEqualTo("No canvases in " + address + "\n");
        assertThat(withoutFile.exitValue()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(Files.readString(dir.resolve("err-1"))).contains("asks for a password and none was given");
    }

    private int processes;

    private Process valuebench(Map<String, String> env, String... args) throws IOException {
        int index = processes++;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.valuebench.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out-" + index).toFile())
                .redirectError(dir.resolve("err-" + index).toFile());
        builder.environment().remove("PGPASSWORD");
        builder.environment().put("HOME", dir.toString());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static String[] with(String option, String value, List<String> args) {
        List<String> all = new ArrayList<>(List.of(option, value));
        all.addAll(args);
        return all.toArray(String[]::new);
    }
}
