package org.maqal.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.maqal.corpus.CorpusException;
import picocli.CommandLine;

/**
 * Runs one command line and returns its exit code. Output is UTF-8 whatever the platform's default.
 * Mistakes a user can make (a missing file, a bad corpus) print one sentence to standard error.
 */
public final class Cli {
    private Cli() {
    }

    /** Runs the arguments with standard output and error, and returns the exit code. */
    public static int run(String... args) {
        return run(utf8(System.out), utf8(System.err), args);
    }

    /** Runs the arguments writing to the given streams, and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MaqalCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            Throwable cause = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof UserError || cause instanceof CorpusException) {
                commandLine.getErr().println(cause.getMessage());
                commandLine.getErr().flush();
                return 1;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
