package org.maqal.exercise;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.maqal.model.Language;
import org.maqal.model.SectionKind;

/**
 * What a teacher asks for: which articles, which kinds of sections, how many items of each type at
 * most per section, the seed that makes generation repeatable, and the language of the instructions.
 *
 * @param title      the lesson's title, or empty to have one made from the articles
 * @param articleIds the articles to build from, in order; empty means every article of the corpus
 * @param kinds      the kinds of section wanted, in {@link SectionKind} order; never empty
 * @param count      the most items of each type a section should hold (at least 1)
 * @param seed       the seed for every choice the generators make
 * @param language   the language of the instructions
 */
public record LessonRequest(String title, List<String> articleIds, Set<SectionKind> kinds, int count, long seed,
                            Language language) {
    /** Items of each type per section when the teacher does not say. */
    public static final int DEFAULT_COUNT = 8;

    public LessonRequest {
        title = title == null ? "" : title.strip();
        articleIds = List.copyOf(articleIds);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (kinds.isEmpty()) throw new IllegalArgumentException("choose at least one kind of section");
        if (count < 1) throw new IllegalArgumentException("a section needs room for at least one item");
        Objects.requireNonNull(language, "language");
    }

    /** Every kind of section from every article, with the default count, seed 1, Arabic instructions. */
    public static LessonRequest everything() {
        return new LessonRequest("", List.of(), EnumSet.allOf(SectionKind.class), DEFAULT_COUNT, 1, Language.AR);
    }

    public LessonRequest withArticles(List<String> ids) {
        return new LessonRequest(title, ids, kinds, count, seed, language);
    }

    public LessonRequest withSeed(long newSeed) {
        return new LessonRequest(title, articleIds, kinds, count, newSeed, language);
    }
}
