package org.maqal.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a generator left out and why, gathered by reason so that the teacher reads one sentence per
 * reason ("No gap for سنوات، مدرب: …") rather than one per word. Reasons are keys of a {@link Wording}
 * whose text takes the list of what was left out as {@code {0}}. Not thread-safe: one per section.
 */
public final class SkipNotes {
    private static final int SHOWN = 8;
    private final Map<String, Set<String>> byReason = new LinkedHashMap<>();

    /** Notes that {@code what} (a word, a name, a sentence number) was left out for {@code reason}. */
    public void add(String reason, String what) {
        byReason.computeIfAbsent(reason, k -> new LinkedHashSet<>()).add(what);
    }

    /** Notes a reason that concerns no one thing ("the glossary is empty"). */
    public void add(String reason) {
        byReason.computeIfAbsent(reason, k -> new LinkedHashSet<>());
    }

    /** One sentence per reason, in the order the reasons first came, listing at most eight things each. */
    public List<String> render(Wording wording) {
        List<String> out = new ArrayList<>();
        String comma = wording.text("list.separator");
        for (Map.Entry<String, Set<String>> e : byReason.entrySet()) {
            List<String> what = new ArrayList<>(e.getValue());
            String listed = String.join(comma, what.subList(0, Math.min(SHOWN, what.size())));
            if (what.size() > SHOWN) listed += wording.text("list.more", what.size() - SHOWN);
            out.add(wording.text(e.getKey(), listed));
        }
        return out;
    }
}
