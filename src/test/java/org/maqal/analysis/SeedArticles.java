package org.maqal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleMetadata;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.MetaField;
import org.maqal.text.ArabicNormalizer;

/** The seed articles of {@code corpus/}, analysed once per JVM with the standard analyzer. */
final class SeedArticles {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard();

    private SeedArticles() {
    }

    static String text(String prefix) {
        try (var files = Files.list(Path.of("corpus"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleAnalysis analyze(String prefix) {
        return ANALYZER.analyze(new Article(prefix, ArticleMetadata.titled(MetaField.supplied(prefix)), text(prefix)));
    }

    static Set<String> speakers(ArticleAnalysis a) {
        return a.claims().stream().map(Claim::speaker).collect(Collectors.toSet());
    }

    static List<Claim> by(ArticleAnalysis a, String speaker) {
        return a.claims().stream().filter(c -> c.speaker().equals(speaker)).toList();
    }

    static List<String> verbs(ArticleAnalysis a, String speaker) {
        return by(a, speaker).stream().map(Claim::verb).toList();
    }

    /** The claim in sentence {@code sentence} with the given verb. */
    static Claim claim(ArticleAnalysis a, int sentence, String verb) {
        return a.claims().stream().filter(c -> c.sentence() == sentence && c.verb().equals(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("No claim with " + verb + " in sentence " + sentence + ": " + a.claims()));
    }

    static Entity entity(ArticleAnalysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No entity " + name + " in " + a.entities().stream().map(Entity::name).toList()));
    }

    /** The entity one of whose mentions, normalised, is the given text. */
    static List<Entity> mentioning(ArticleAnalysis a, String mention) {
        String wanted = ArabicNormalizer.normalize(mention);
        Predicate<Entity> has = e -> e.mentions().stream().anyMatch(s -> ArabicNormalizer.normalize(s.text()).equals(wanted));
        return a.entities().stream().filter(has).toList();
    }

    static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(s -> s.text()).toList();
    }
}
