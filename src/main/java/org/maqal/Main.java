package org.maqal;

import java.awt.GraphicsEnvironment;
import org.maqal.cli.Cli;

/**
 * Starts Maqal: with arguments, runs the command line; without, and with no display to show a
 * window on, says so and runs {@code demo}; otherwise shows how to use it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String[] command = args;
        if (args.length == 0 && GraphicsEnvironment.isHeadless()) {
            System.err.println("There is no display to show the window on, so Maqal runs its demo instead.");
            command = new String[] {"demo"};
        }
        int code = Cli.run(command);
        if (code != 0) System.exit(code);
    }
}
