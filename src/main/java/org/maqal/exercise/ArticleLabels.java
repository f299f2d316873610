package org.maqal.exercise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.ArticleReport;
import org.maqal.model.Basis;
import org.maqal.model.Language;
import org.maqal.text.Numerals;

/**
 * How generated items name the lesson's articles: by their number in the teacher's order ("المقال 2"),
 * with title, outlet and date, saying "not stated" where the metadata does not know. Immutable.
 */
public final class ArticleLabels {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private final List<ArticleReport> articles;
    private final Language language;

    /** Labels for these articles (the lesson's, in order) in the lesson's language. */
    public ArticleLabels(List<ArticleReport> articles, Language language) {
        this.articles = List.copyOf(articles);
        this.language = language;
    }

    /** The article's number in the lesson, from 1. */
    public int number(String articleId) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(articleId)) return i + 1;
        }
        throw new IllegalArgumentException("article " + articleId + " is not one of the lesson's articles");
    }

    /** "المقال ٢" / "Article 2": the number in the lesson's digits ({@link Numerals}). */
    public String shortLabel(String articleId) {
        return Bilingual.of(language, "المقال ", "Article ") + Numerals.of(number(articleId), language);
    }

    /** "المقال ٢: «title»". */
    public String label(ArticleReport report) {
        return shortLabel(report.id()) + ": " + Bilingual.quote(language, report.article().title());
    }

    /** The outlet, or "not stated". */
    public String outlet(ArticleReport report) {
        String outlet = report.article().metadata().outlet().value();
        return outlet.isEmpty() ? Bilingual.of(language, "غير مذكورة", "not stated") : outlet;
    }

    /** The date as precise as known, marked when it was inferred ("2021-03 تقديرًا", "c. 2021-03"), or "not stated". */
    public String date(ArticleReport report) {
        ArticleMetadata m = report.article().metadata();
        if (!m.date().isKnown()) return Bilingual.of(language, "غير مذكور", "not stated");
        String value = m.date().value();
        if (m.date().basis() != Basis.INFERRED) return value;
        return Bilingual.of(language, value + " تقديرًا", "c. " + value);
    }

    /** The ISO date for sorting ("2021-03"), if known. */
    public static Optional<String> isoDate(ArticleReport report) {
        String value = report.article().metadata().date().value();
        return ISO.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
