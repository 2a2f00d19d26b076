package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheFolderTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void eachSystemHasItsOwnCacheFolder() {
        assertThat(CacheFolder.resolve(Map.of("XDG_CACHE_HOME", "/var/cache/ada"), "Linux", home))
                .isEqualTo(Path.of("/var/cache/ada/valuebench"));
        assertThat(CacheFolder.resolve(Map.of("XDG_CACHE_HOME", "cache"), "Linux", home))
                .isEqualTo(home.resolve(".cache/valuebench"));
        assertThat(CacheFolder.resolve(Map.of(), "Windows 11", home))
                .isEqualTo(home.resolve("AppData/Local/valuebench/cache"));
        assertThat(CacheFolder.resolve(Map.of(), "Mac OS X", home)).isEqualTo(home.resolve("Library/Caches/valuebench"));
    }
}
