package org.maqal;

import org.maqal.cli.Cli;

/** Starts Maqal: with arguments, runs the command line; without, shows how to use it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != 0) System.exit(code);
    }
}
