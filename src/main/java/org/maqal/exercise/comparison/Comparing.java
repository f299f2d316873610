package org.maqal.exercise.comparison;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.maqal.exercise.ArticleLabels;
import org.maqal.exercise.EntityKeys;
import org.maqal.exercise.GenerationContext;
import org.maqal.exercise.ItemIds;
import org.maqal.exercise.Bilingual;
import org.maqal.model.ArticleReport;
import org.maqal.model.Language;

/**
 * What every part of a comparison works with: the lesson's articles, how to label them, stable ids,
 * entity keys and the seeded random source. One per generated section; not thread-safe (its ids).
 */
final class Comparing {
    final List<ArticleReport> articles;
    final ArticleLabels labels;
    final ItemIds ids = new ItemIds();
    final EntityKeys keys = EntityKeys.standard();
    final Random random;
    final Language language;

    Comparing(GenerationContext context, Random random) {
        this.articles = context.articles();
        this.language = context.language();
        this.labels = new ArticleLabels(articles, language);
        this.random = random;
    }

    String say(String arabic, String english) {
        return Bilingual.of(language, arabic, english);
    }

    String quote(String text) {
        return Bilingual.quote(language, text);
    }

    String list(List<String> texts) {
        return Bilingual.list(language, texts);
    }

    /** The articles by date (undated last), then in the teacher's order. */
    List<ArticleReport> byDate() {
        return articles.stream().sorted(Comparator.comparing((ArticleReport r) -> ArticleLabels.isoDate(r).orElse("9999"))
                .thenComparingInt(r -> labels.number(r.id()))).toList();
    }

    ArticleReport report(String id) {
        return articles.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
