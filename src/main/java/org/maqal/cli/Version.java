package org.maqal.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, from the jar's manifest when there is one. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Maqal " + (v == null ? "(development build)" : v)};
    }
}
