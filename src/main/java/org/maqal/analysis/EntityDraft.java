package org.maqal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maqal.model.Entity;
import org.maqal.model.EntityType;
import org.maqal.model.Span;

/**
 * An entity being gathered from its mentions: its best name so far, its title, its mentions.
 * Mutable; made and used within one call of {@link MentionLinker#link} and never shared.
 */
final class EntityDraft {
    final EntityType type;
    String name = "";
    int rank = Integer.MAX_VALUE;
    String role = "";
    int roleAt = Integer.MAX_VALUE;
    List<String> words = List.of();
    final Set<String> roleSignature = new HashSet<>();
    final List<Span> mentions = new ArrayList<>();

    EntityDraft(EntityType type) {
        this.type = type;
    }

    /** The start of its last mention before an offset, or -1. */
    int lastMentionBefore(int offset) {
        int best = -1;
        for (Span s : mentions) if (s.start() < offset) best = Math.max(best, s.start());
        return best;
    }

    Entity toEntity() {
        List<Span> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Span::start));
        return new Entity(name, type, role, sorted);
    }
}
