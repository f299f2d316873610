package org.maqal.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a lesson can be exported as, with the name the command line uses for it. */
public enum ExportFormat {
    /** Word documents: the student worksheet and the answer key (and, when asked, the handout). */
    DOCX("docx"),
    /** Moodle XML: a question bank to import into a Moodle course. */
    MOODLE_XML("moodle-xml"),
    /** GIFT, the plain-text question format Moodle and other systems import. */
    GIFT("gift");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line: {@code docx}, {@code moodle-xml} or {@code gift}. */
    public String cliName() {
        return cliName;
    }

    /** The format with this command-line name, in any case; empty for any other name. */
    public static Optional<ExportFormat> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
    }
}
