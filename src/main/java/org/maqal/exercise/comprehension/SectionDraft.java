package org.maqal.exercise.comprehension;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.SkipNotes;
import org.maqal.exercise.Wording;
import org.maqal.model.ArticleReport;
import org.maqal.model.Sentence;

/**
 * What the comprehension parts share while one section is made: the context, its articles' tokens,
 * the wording, ids, the seeded random source, skip notes, and the sentences already used (a sentence
 * serves one question only, so one question never gives another away). Not thread-safe: one per
 * section being generated.
 */
final class SectionDraft {
    final GenerationContext context;
    final List<ArticleTokens> articles;
    final Wording wording;
    final ItemIds ids = new ItemIds();
    final SkipNotes notes = new SkipNotes();
    final Random random;
    private final Set<String> used = new HashSet<>();

    SectionDraft(GenerationContext context, Wording wording, Random random) {
        this.context = context;
        this.wording = wording;
        this.random = random;
        this.articles = context.articles().stream().map(ArticleTokens::of).toList();
    }

    /** The prompt, prefixed with the article's title when the lesson has several articles. */
    String about(ArticleReport report, String prompt) {
        return context.comparesArticles() ? wording.text("in.article", report.article().title(), prompt) : prompt;
    }

    /** Whether a sentence is free and reads as a statement on its own: not a headline, 6 to {@code longest} words. */
    boolean free(ArticleTokens article, int sentence, int longest) {
        Sentence s = article.sentence(sentence);
        int words = article.words(sentence);
        return !used.contains(key(article, sentence)) && !s.headline() && words >= 6 && words <= longest;
    }

    boolean isUsed(ArticleTokens article, int sentence) {
        return used.contains(key(article, sentence));
    }

    void use(ArticleTokens article, int sentence) {
        used.add(key(article, sentence));
    }

    private static String key(ArticleTokens article, int sentence) {
        return article.articleId() + "#" + sentence;
    }
}
