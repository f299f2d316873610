package org.maqal.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Lesson;
import org.maqal.model.Section;

/** A few lines on a generated lesson: its sections, items per type, and what each generator left out. */
final class LessonSummary {
    void print(Lesson lesson, PrintWriter out) {
        out.printf(Locale.ROOT, "Lesson \"%s\" (%s): %d article%s, seed %d, instructions in %s%n", lesson.title(), lesson.id(),
                lesson.articles().size(), lesson.articles().size() == 1 ? "" : "s", lesson.seed(), lesson.language().code());
        for (Section s : lesson.sections()) {
            Map<ItemType, Integer> byType = new EnumMap<>(ItemType.class);
            for (Item i : s.items()) byType.merge(i.type(), 1, Integer::sum);
            String types = byType.entrySet().stream()
                    .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "%s: %d item%s%s%n", s.kind().name().toLowerCase(Locale.ROOT), s.items().size(),
                    s.items().size() == 1 ? "" : "s", types.isEmpty() ? "" : " (" + types + ")");
            if (!s.wordBank().isEmpty()) out.println("  word bank: " + String.join(" · ", s.wordBank()));
            s.skipped().forEach(note -> out.println("  skipped: " + note));
        }
    }
}
