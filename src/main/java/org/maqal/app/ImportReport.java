package org.maqal.app;

import java.util.ArrayList;
import java.util.List;

/**
 * What importing a batch of files did: the articles added, the files whose text was already in the
 * corpus, and the files refused with the reason.
 */
public record ImportReport(List<String> added, List<Duplicate> duplicates, List<Refused> refused) {
    /** A file whose text is already the article {@code existingTitle}. */
    public record Duplicate(String fileName, String existingTitle) { }

    /** A file that could not be imported, and why (one sentence, in the interface's language). */
    public record Refused(String fileName, Message reason) { }

    public ImportReport {
        added = List.copyOf(added);
        duplicates = List.copyOf(duplicates);
        refused = List.copyOf(refused);
    }

    /** The report as one message: each part on its own line, only the parts that happened. */
    public List<Message> lines() {
        List<Message> lines = new ArrayList<>();
        if (!added.isEmpty()) lines.add(Message.of("import.added", added.size(), String.join("، ", added)));
        for (Duplicate d : duplicates) lines.add(Message.of("import.duplicate", d.fileName(), d.existingTitle()));
        for (Refused r : refused) lines.add(Message.of("import.refused", r.fileName(), r.reason()));
        if (lines.isEmpty()) lines.add(Message.of("import.nothing"));
        return lines;
    }

    /** Whether every file went in. */
    public boolean clean() {
        return duplicates.isEmpty() && refused.isEmpty();
    }
}
