package org.valuebench.app.workspace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An address as typed, with any password in it replaced by asterisks, so that a message may quote it. */
final class TeamAddressText {
    private static final String MASK = "*****";
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)([?&]password=)[^&]*");

    private TeamAddressText() {
    }

    /** {@code value} with the password of "user:password@" and of "?password=" masked; the rest unchanged. */
    static String masked(String value) {
        String text = value.strip();
        int schemeEnd = text.indexOf("://");
        if (schemeEnd < 0) {
            return text;
        }
        int start = schemeEnd + 3;
        // Everything before the last '@' ahead of the query is the login, even when a password holds a raw '/'.
        int query = text.indexOf('?', start);
        int authorityEnd = query >= 0 ? query : text.length();
        String authority = text.substring(start, authorityEnd);
        int at = authority.lastIndexOf('@');
        int colon = at >= 0 ? authority.substring(0, at).indexOf(':') : -1;
        String maskedAuthority = colon >= 0 ? authority.substring(0, colon + 1) + MASK + authority.substring(at)
                : authority;
        String tail = text.substring(authorityEnd);
        Matcher option = PASSWORD_OPTION.matcher(tail);
        return text.substring(0, start) + maskedAuthority + option.replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
