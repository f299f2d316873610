package org.maqal.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.maqal.export.ExportOptions;
import org.maqal.export.Paper;
import picocli.CommandLine.Option;

/** The {@code --paper} and {@code --font} options of the commands that write Word documents. */
final class PrintOptions {
    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "Paper size of the Word documents (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--font", paramLabel = "NAME", defaultValue = ExportOptions.DEFAULT_FONT,
            description = "Font of the Word documents (default: ${DEFAULT-VALUE}, which Windows and macOS ship with Arabic;"
                    + " on Linux \"Noto Naskh Arabic\" prints Arabic more nicely).")
    String font;

    /** The options, with the handout or not. */
    ExportOptions options(boolean handout) {
        Paper size = Paper.named(paper).orElseThrow(() -> new UserError("There is no paper size \"" + paper + "\"; use "
                + Arrays.stream(Paper.values()).map(Paper::cliName).collect(Collectors.joining(" or ")) + "."));
        return new ExportOptions(size, font, handout);
    }
}
