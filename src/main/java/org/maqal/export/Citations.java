package org.maqal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.maqal.model.ArticleRef;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Source;

/**
 * How exports cite the sentence an item comes from: the article by its number in the lesson (as the
 * handout numbers them) and its title, the sentence by its number counted from 1 (as the handout
 * marks them), and the sentence itself where the corpus still holds the article unchanged.
 * Immutable; thread-safe.
 */
public final class Citations {
    private final Lesson lesson;
    private final SourceSentences texts;
    private final Labels labels;

    public Citations(Lesson lesson, SourceSentences texts, Labels labels) {
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** Where a sentence is: {@code النص ٢ «العنوان»، الجملة ٨}. */
    public String where(Source source) {
        int article = articleNumber(source.articleId());
        String title = article > 0 ? lesson.articles().get(article - 1).title() : source.articleId();
        String text = labels.format("handout.article", labels.number(Math.max(article, 1)));
        if (title.isBlank()) title = source.articleId();
        return labels.format("cite.where", text, title, labels.format("key.sentence", labels.number(source.sentenceIndex() + 1)));
    }

    /** Where a sentence is and, when the text is at hand, the sentence itself. */
    public String quoted(Source source) {
        String where = where(source);
        return texts.sentence(source).map(s -> labels.format("cite.quote", where, s)).orElse(where);
    }

    /** Every source of an item, quoted; empty for an item the teacher wrote. */
    public List<String> quoted(Item item) {
        List<String> out = new ArrayList<>();
        for (Source s : item.sources()) out.add(quoted(s));
        return out;
    }

    /** The article's number in the lesson, from 1; 0 when the lesson does not list it. */
    public int articleNumber(String articleId) {
        List<ArticleRef> refs = lesson.articles();
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).id().equals(articleId)) return i + 1;
        }
        return 0;
    }

    public Labels labels() {
        return labels;
    }

    public SourceSentences texts() {
        return texts;
    }
}
