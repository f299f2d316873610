package org.maqal.exercise.comprehension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.maqal.exercise.ArticleTokens;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.Shuffle;
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

    /**
     * Items made by the articles in turn, the first article's first, the second's first…, until
     * {@code room} items or until no article gives one more ({@code next} returns null).
     */
    <T> List<T> inTurns(int room, Function<ArticleTokens, T> next) {
        List<T> items = new ArrayList<>();
        boolean progress = true;
        while (items.size() < room && progress) {
            progress = false;
            for (ArticleTokens a : articles) {
                if (items.size() == room) break;
                T item = next.apply(a);
                if (item != null) {
                    items.add(item);
                    progress = true;
                }
            }
        }
        return items;
    }

    /** Each article's sentence numbers in a seeded order, for parts that take sentences one by one. */
    Map<ArticleTokens, List<Integer>> sentenceOrders() {
        Map<ArticleTokens, List<Integer>> orders = new HashMap<>();
        for (ArticleTokens a : articles) {
            orders.put(a, new ArrayList<>(Shuffle.of(IntStream.range(0, a.sentenceCount()).boxed().toList(), random)));
        }
        return orders;
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
