package org.maqal.exercise;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.maqal.model.ArticleReport;
import org.maqal.model.CorpusAnalysis;
import org.maqal.model.Language;
import org.maqal.model.SectionKind;

/**
 * What a {@link SectionGenerator} works from.
 *
 * @param corpus   the analysis of the whole corpus, where distractors and replacement facts come from
 * @param articles the articles the lesson is built from, in the teacher's order (one or more)
 * @param glosses  headword to the teacher's gloss (the glossary), possibly empty
 * @param count    the most items the section should hold
 * @param seed     the lesson's seed
 * @param language the language of the instructions
 */
public record GenerationContext(CorpusAnalysis corpus, List<ArticleReport> articles, Map<String, String> glosses,
                                int count, long seed, Language language) {
    public GenerationContext {
        Objects.requireNonNull(corpus, "corpus");
        articles = List.copyOf(articles);
        if (articles.isEmpty()) throw new IllegalArgumentException("a lesson needs at least one article");
        glosses = Map.copyOf(glosses);
        if (count < 1) throw new IllegalArgumentException("count must be at least 1");
        Objects.requireNonNull(language, "language");
    }

    /** A random source for one section kind: the same seed and kind always give the same choices. */
    public Random random(SectionKind kind) {
        return new Random(seed * 1_000_003L + kind.ordinal());
    }

    /** The teacher's gloss for a headword, if the glossary has one. */
    public Optional<String> gloss(String headword) {
        return Optional.ofNullable(glosses.get(headword));
    }

    /** True when the lesson compares two or more articles. */
    public boolean comparesArticles() {
        return articles.size() > 1;
    }
}
