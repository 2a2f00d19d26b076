package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void takesTheWorkspaceFileInBothForms() {
        assertThat(LaunchOptions.parse(List.of()).dbOption()).isNull();
        assertThat(LaunchOptions.parse(List.of("--db", "my.db")).dbOption()).isEqualTo("my.db");
        assertThat(LaunchOptions.parse(List.of("--db=other.db")).dbOption()).isEqualTo("other.db");
        assertThat(LaunchOptions.parse(List.of("--db", "new/x.db", "--create")))
                .as("--create lets the window make a missing folder").isEqualTo(new LaunchOptions("new/x.db", true));
    }

    @Test
    void refusesAMissingFileOrAnUnknownArgument() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--db"))).hasMessageContaining("--db needs");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--db="))).hasMessageContaining("--db needs");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--colour", "red"))).hasMessageContaining("'--colour'");
    }
}
