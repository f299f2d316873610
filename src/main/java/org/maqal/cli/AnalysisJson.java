package org.maqal.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.maqal.model.Article;
import org.maqal.model.ArticleAnalysis;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.Entity;
import org.maqal.model.Figure;
import org.maqal.model.MetaField;
import org.maqal.model.Readability;
import org.maqal.model.Sentence;
import org.maqal.model.Span;
import org.maqal.model.VocabularyItem;

/** The JSON of {@code analyze --json}, in the shape DESIGN.md promises to scripts. */
final class AnalysisJson {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String write(List<ArticleReport> reports) {
        ObjectNode root = json.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (ArticleReport r : reports) articles.add(article(r));
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode article(ArticleReport report) {
        ArticleAnalysis a = report.analysis();
        Article article = a.article();
        ObjectNode node = json.createObjectNode();
        node.put("id", article.id());
        node.put("title", article.title());
        node.put("date", article.metadata().date().value());
        node.put("source", article.metadata().outlet().value());
        ObjectNode meta = node.putObject("metadata");
        field(meta, "title", article.metadata().title());
        field(meta, "outlet", article.metadata().outlet());
        field(meta, "date", article.metadata().date());
        field(meta, "author", article.metadata().author());
        field(meta, "language", article.metadata().language());
        field(meta, "notes", article.metadata().notes());
        ArrayNode sentences = node.putArray("sentences");
        ArrayNode headlines = node.putArray("headlines");
        for (Sentence s : a.sentences()) {
            sentences.add(s.text());
            if (s.headline()) headlines.add(s.index());
        }
        node.put("tokens", a.tokens().size());
        ArrayNode entities = node.putArray("entities");
        for (Entity e : a.entities()) entities.add(entity(e));
        ArrayNode figures = node.putArray("figures");
        for (Figure f : a.figures()) figures.add(figure(f));
        ArrayNode claims = node.putArray("claims");
        for (Claim c : a.claims()) claims.add(claim(c));
        ArrayNode vocabulary = node.putArray("vocabulary");
        for (VocabularyItem v : report.vocabulary()) vocabulary.add(vocabulary(v));
        node.set("readability", readability(report.readability()));
        return node;
    }

    private void field(ObjectNode parent, String name, MetaField f) {
        ObjectNode node = parent.putObject(name);
        node.put("value", f.value());
        node.put("basis", f.basis().name().toLowerCase(Locale.ROOT));
    }

    private ObjectNode entity(Entity e) {
        ObjectNode node = json.createObjectNode();
        node.put("text", e.name());
        node.put("type", e.type().name());
        node.put("role", e.role());
        ArrayNode mentions = node.putArray("mentions");
        for (Span m : e.mentions()) mentions.add(span(m));
        return node;
    }

    private ObjectNode figure(Figure f) {
        ObjectNode node = json.createObjectNode();
        node.put("text", f.text());
        if (f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15) {
            node.put("value", (long) f.value());
        } else {
            node.put("value", f.value());
        }
        node.put("unit", f.unit().label());
        node.put("what", f.what());
        node.put("sentence", f.sentence());
        return node;
    }

    private ObjectNode claim(Claim c) {
        ObjectNode node = json.createObjectNode();
        node.put("speaker", c.speaker());
        node.put("role", c.speakerRole());
        node.put("verb", c.verb());
        node.put("text", c.text());
        node.put("direct", c.direct());
        node.put("sentence", c.sentence());
        return node;
    }

    private ObjectNode vocabulary(VocabularyItem v) {
        ObjectNode node = json.createObjectNode();
        node.put("headword", v.headword());
        ArrayNode forms = node.putArray("forms");
        v.forms().forEach(forms::add);
        node.put("count", v.count());
        node.put("articles", v.articles());
        node.put("keyness", Math.round(v.keyness() * 100) / 100.0);
        node.put("topic", v.topic());
        node.put("example", v.example());
        return node;
    }

    private ObjectNode readability(Readability r) {
        ObjectNode node = json.createObjectNode();
        node.put("words", r.words());
        node.put("sentences", r.sentences());
        node.put("wordsPerSentence", round(r.wordsPerSentence()));
        node.put("lettersPerWord", round(r.lettersPerWord()));
        node.put("longWordShare", round(r.longWordShare()));
        node.put("typeTokenRatio", round(r.typeTokenRatio()));
        node.put("rareWordShare", round(r.rareWordShare()));
        return node;
    }

    private ObjectNode span(Span s) {
        ObjectNode node = json.createObjectNode();
        node.put("text", s.text());
        node.put("sentence", s.sentence());
        node.put("start", s.start());
        node.put("end", s.end());
        return node;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
