package org.maqal.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.maqal.model.Article;
import org.maqal.model.ArticleRef;
import org.maqal.model.Lesson;
import org.maqal.model.Sentence;
import org.maqal.model.Source;
import org.maqal.text.SentenceSplitter;
import org.maqal.text.TextDigest;

/**
 * The texts of the articles a lesson cites, as far as the corpus still holds them unchanged: the
 * answer key and the LMS feedback quote a source sentence only from an article whose text has the
 * content hash the lesson recorded, since in a changed article the sentence numbers may point
 * elsewhere. Immutable; thread-safe.
 */
public final class SourceSentences {
    /** Whether the corpus holds an article of the lesson as the lesson knew it. */
    public enum Status { UNCHANGED, CHANGED, MISSING }

    private final Map<String, Article> articles;
    private final Map<String, List<Sentence>> sentences;
    private final Map<String, Status> status;

    private SourceSentences(Map<String, Article> articles, Map<String, List<Sentence>> sentences,
                            Map<String, Status> status) {
        this.articles = Map.copyOf(articles);
        this.sentences = Map.copyOf(sentences);
        this.status = Map.copyOf(status);
    }

    /** No texts at all: sources are cited by article and sentence number only. */
    public static SourceSentences none() {
        return new SourceSentences(Map.of(), Map.of(), Map.of());
    }

    /**
     * The sentences of the lesson's articles found among {@code corpus}, split as the analysis splits
     * them. Articles of the corpus the lesson does not use are ignored.
     */
    public static SourceSentences of(Lesson lesson, Collection<Article> corpus) {
        Objects.requireNonNull(lesson, "lesson");
        Map<String, Article> byId = new HashMap<>();
        for (Article a : corpus) byId.put(a.id(), a);
        Map<String, Article> kept = new HashMap<>();
        Map<String, List<Sentence>> split = new HashMap<>();
        Map<String, Status> status = new HashMap<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (ArticleRef ref : lesson.articles()) {
            Article article = byId.get(ref.id());
            if (article == null) {
                status.put(ref.id(), Status.MISSING);
            } else if (!TextDigest.contentHash(article.text()).equalsIgnoreCase(ref.contentHash())) {
                status.put(ref.id(), Status.CHANGED);
            } else {
                status.put(ref.id(), Status.UNCHANGED);
                kept.put(ref.id(), article);
                split.put(ref.id(), splitter.split(article.text()));
            }
        }
        return new SourceSentences(kept, split, status);
    }

    /** Whether the corpus holds the article unchanged, changed, or not at all. */
    public Status status(String articleId) {
        return status.getOrDefault(articleId, Status.MISSING);
    }

    /** The text of the cited sentence, when its article is here unchanged and has that sentence. */
    public Optional<String> sentence(Source source) {
        List<Sentence> list = sentences.get(source.articleId());
        if (list == null || source.sentenceIndex() >= list.size()) return Optional.empty();
        return Optional.of(list.get(source.sentenceIndex()).text().strip());
    }

    /** The article, when it is here unchanged. */
    public Optional<Article> article(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    /** The sentences of an article here unchanged, in reading order; empty otherwise. */
    public List<Sentence> sentences(String articleId) {
        return sentences.getOrDefault(articleId, List.of());
    }
}
