package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFolderTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void linuxUsesTheXdgStateFolderOrItsDefault() {
        assertThat(LogFolder.resolve(Map.of("XDG_STATE_HOME", "/var/state/ada"), "Linux", home))
                .isEqualTo(Path.of("/var/state/ada/valuebench"));
        assertThat(LogFolder.resolve(Map.of(), "Linux", home)).isEqualTo(home.resolve(".local/state/valuebench"));
        // The XDG rules ignore a relative or empty value.
        assertThat(LogFolder.resolve(Map.of("XDG_STATE_HOME", "state"), "Linux", home))
                .isEqualTo(home.resolve(".local/state/valuebench"));
        assertThat(LogFolder.resolve(Map.of("XDG_STATE_HOME", " "), "Linux", home))
                .isEqualTo(home.resolve(".local/state/valuebench"));
    }

    @Test
    void windowsAndMacUseTheirOwnLogFolders() {
        assertThat(LogFolder.resolve(Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Local/valuebench/logs"));
        assertThat(LogFolder.resolve(Map.of(), "Windows 11", home))
                .isEqualTo(home.resolve("AppData/Local/valuebench/logs"));
        assertThat(LogFolder.resolve(Map.of("XDG_STATE_HOME", "/var/state"), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Logs/valuebench"));
    }
}
