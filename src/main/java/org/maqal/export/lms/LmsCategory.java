package org.maqal.export.lms;

import java.util.List;

/**
 * The questions of one section, under a category named after the lesson and the section.
 *
 * @param path      the category's levels: the lesson's title, then the section's name
 * @param info      the section's instructions as HTML
 * @param questions its questions, in the lesson's order
 */
public record LmsCategory(List<String> path, String info, List<LmsQuestion> questions) {
    public LmsCategory {
        path = List.copyOf(path);
        questions = List.copyOf(questions);
    }

    /** The levels joined with "/" as Moodle reads category paths, a "/" inside a level doubled. */
    public String categoryPath() {
        return String.join("/", path.stream().map(level -> level.strip().replace("/", "//")).toList());
    }
}
