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
import org.maqal.text.ArabicNormalizer;

/**
 * What a {@link SectionGenerator} works from.
 *
 * @param corpus   the analysis of the whole corpus, where distractors and replacement facts come from
 * @param articles the articles the lesson is built from, in the teacher's order (one or more)
 * @param glosses  headword to the teacher's gloss (the glossary), possibly empty
 * @param count    the most items of each item type a section should hold (at most {@code count} gap-fills,
 *                 {@code count} multiple-choice items… in one section)
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

    /**
     * The teacher's gloss for a headword, if the glossary has one: written as it is, or in a spelling
     * that normalises alike (الأمن, الامن), as the glossary keys its entries.
     */
    public Optional<String> gloss(String headword) {
        String exact = glosses.get(headword);
        if (exact != null) return Optional.of(exact);
        for (Map.Entry<String, String> e : glosses.entrySet()) {
            if (ArabicNormalizer.sameWord(e.getKey().strip(), headword.strip())) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }

    /** True when the lesson compares two or more articles. */
    public boolean comparesArticles() {
        return articles.size() > 1;
    }
}
