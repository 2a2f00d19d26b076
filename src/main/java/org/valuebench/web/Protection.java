package org.valuebench.web;

import java.util.Map;

/** The headers every answer of the listener carries, and the words for the statuses HTTP itself produces. */
final class Protection {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

    /** Not stored (a shared tablet keeps no card), not sniffed, not framed, no referrer sent on. */
    static final Map<String, String> HEADERS = Map.of(
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private Protection() {
    }

    static String said(int status) {
        return switch (status) {
            case 404 -> "There is nothing here.";
            case 405 -> "This address does not take that method.";
            case 413 -> "The request is too big (at most 16 KB).";
            case 431 -> "The request's headers are too big.";
            default -> "The request cannot be answered (HTTP " + status + ").";
        };
    }
}
