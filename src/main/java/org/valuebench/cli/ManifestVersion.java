package org.valuebench.cli;

import picocli.CommandLine;

/** The version written into the jar's manifest at build time; "dev" when run from compiled classes. */
public final class ManifestVersion implements CommandLine.IVersionProvider {

    static String current() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"valuebench " + current()};
    }
}
