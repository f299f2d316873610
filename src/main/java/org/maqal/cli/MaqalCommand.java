package org.maqal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: with no subcommand it prints how to use Maqal. */
@Command(name = "maqal", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns Arabic news articles into reading-comprehension and media-literacy lessons.",
        subcommands = {AnalyzeCommand.class, GenerateCommand.class, ImportCommand.class, RelatedCommand.class,
                ExportCommand.class, DemoCommand.class, StudentCopyCommand.class, GradeCommand.class,
                org.maqal.cli.bench.BenchCommand.class})
final class MaqalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
