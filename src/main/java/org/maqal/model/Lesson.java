package org.maqal.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A lesson built from one or several articles: sections of items, with instructions in one language.
 * Refuses (IllegalArgumentException) a blank id, two articles with the same id, two items with the
 * same id, and an item whose source is not one of the lesson's articles.
 *
 * @param id       stable id, also the lesson file's name
 * @param title    the title shown to teacher and students
 * @param language the language of the instructions
 * @param articles the articles it is built from, as they were then
 * @param sections its sections, in order
 * @param seed     the seed its generators used, to make the same lesson again
 * @param created  when it was generated
 * @param rules    how strictly typed answers are marked
 */
public record Lesson(String id, String title, Language language, List<ArticleRef> articles, List<Section> sections,
                     long seed, Instant created, AnswerRules rules) {
    /** A lesson whose typed answers must keep ال as written ({@link AnswerRules#STRICT}). */
    public Lesson(String id, String title, Language language, List<ArticleRef> articles, List<Section> sections,
                  long seed, Instant created) {
        this(id, title, language, articles, sections, seed, created, AnswerRules.STRICT);
    }

    public Lesson {
        Checks.id(id, "a lesson");
        title = Checks.text(title);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(rules, "rules");
        articles = Checks.list(articles, "the articles of the lesson");
        sections = Checks.list(sections, "the sections of the lesson");
        Set<String> articleIds = new HashSet<>();
        for (ArticleRef a : articles) {
            if (!articleIds.add(a.id())) throw new IllegalArgumentException("the lesson lists article " + a.id() + " twice");
        }
        Set<String> itemIds = new HashSet<>();
        for (Section s : sections) {
            for (Item item : s.items()) {
                if (!itemIds.add(item.id())) throw new IllegalArgumentException("two items have the id \"" + item.id() + "\"");
                for (Source src : item.sources()) {
                    if (!articleIds.contains(src.articleId())) {
                        throw new IllegalArgumentException("item \"" + item.id() + "\" cites article " + src.articleId()
                                + ", which is not one of the lesson's articles");
                    }
                }
            }
        }
    }

    /** Every item, section by section. */
    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    /** The item with this id, if any. */
    public Optional<Item> item(String itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** A section's instructions in the lesson's language. */
    public String instructions(Section section) {
        return section.instructions().in(language);
    }

    /**
     * The articles that changed since the lesson was made: those whose id is missing from
     * {@code currentHashes} (the article is gone) or maps to another content hash.
     *
     * @param currentHashes the corpus as it is now: article id to SHA-256 hex of its text
     */
    public List<ArticleRef> changedArticles(Map<String, String> currentHashes) {
        Objects.requireNonNull(currentHashes, "currentHashes");
        return articles.stream().filter(a -> !a.contentHash().equalsIgnoreCase(currentHashes.getOrDefault(a.id(), ""))).toList();
    }

    public Lesson withTitle(String newTitle) {
        return new Lesson(id, newTitle, language, articles, sections, seed, created, rules);
    }

    public Lesson withLanguage(Language newLanguage) {
        return new Lesson(id, title, newLanguage, articles, sections, seed, created, rules);
    }

    public Lesson withSections(List<Section> newSections) {
        return new Lesson(id, title, language, articles, newSections, seed, created, rules);
    }

    public Lesson withRules(AnswerRules newRules) {
        return new Lesson(id, title, language, articles, sections, seed, created, newRules);
    }
}
