package org.valuebench.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The participant page's three files, read once from the jar's resources (org/valuebench/web/join/) when the
 * listener starts: no CDN, no external fonts, nothing else from the class path is reachable.
 */
final class PageFiles {
    static final String FOLDER = "/org/valuebench/web/join/";

    /** A file as sent: its bytes and content type. */
    record PageFile(byte[] bytes, String contentType) {
    }

    private final Map<String, PageFile> byPath;

    private PageFiles(Map<String, PageFile> byPath) {
        this.byPath = byPath;
    }

    /**
     * Reads the files.
     *
     * @throws IllegalStateException when one is missing from the jar (a broken build, not a user's error)
     */
    static PageFiles load() {
        return new PageFiles(Map.of(
                "/", file("index.html", "text/html; charset=utf-8"),
                "/join.css", file("join.css", "text/css; charset=utf-8"),
                "/join.js", file("join.js", "text/javascript; charset=utf-8")));
    }

    Optional<PageFile> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    java.util.Set<String> paths() {
        return byPath.keySet();
    }

    private static PageFile file(String name, String contentType) {
        try (InputStream in = PageFiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the participant page's " + name + " is missing from the program");
            }
            return new PageFile(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the participant page's " + name, e);
        }
    }
}
