package org.maqal.lesson.student;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.maqal.model.Instructions;
import org.maqal.model.Language;
import org.maqal.model.SectionKind;

/**
 * A lesson as given to students: its articles, its sections and items with the same ids, and the
 * instructions, but no answers and no teacher notes (see {@link StudentCopies} for what is left out).
 *
 * @param copyId   a random id of this copy; two copies of one lesson have different ids and salts
 * @param made     when the copy was made
 * @param lessonId the lesson's id; hand-ins carry it so grading refuses work for another lesson
 * @param title    the lesson's title
 * @param language the language of the instructions
 * @param feedback what the student is told about their answers
 * @param hashing  the salt and cost of the hashes, only with {@link FeedbackMode#INSTANT}; else null
 */
public record StudentCopy(String copyId, Instant made, String lessonId, String title, Language language,
                          FeedbackMode feedback, Hashing hashing, List<Article> articles, List<Section> sections) {
    /** How the copy's answers are hashed: {@link AnswerHasher#ALGORITHM}, this many iterations, this salt (Base64). */
    public record Hashing(int iterations, String salt) {
        /** Refuses (IllegalArgumentException) a salt that is not Base64 or too short, and a cost out of range. */
        public Hashing {
            hasher(iterations, salt);
        }

        /** The hasher that checks this copy's answers. */
        public AnswerHasher hasher() {
            return hasher(iterations, salt);
        }

        private static AnswerHasher hasher(int iterations, String salt) {
            Objects.requireNonNull(salt, "salt");
            return new AnswerHasher(Base64.getDecoder().decode(salt), iterations);
        }
    }

    /**
     * An article to read beside the questions.
     *
     * @param sentences where each sentence starts and ends in the text, so an item's source can be shown
     */
    public record Article(String id, String title, String outlet, String date, String text, List<Bounds> sentences) {
        public Article {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            sentences = List.copyOf(sentences);
        }

        /** The text of a sentence, or empty for an index the article does not have. */
        public String sentence(int index) {
            if (index < 0 || index >= sentences.size()) return "";
            Bounds b = sentences.get(index);
            return text.substring(b.start(), b.end());
        }
    }

    /** Where a sentence lies in an article's text: offsets from {@code start} to just before {@code end}. */
    public record Bounds(int start, int end) {
        public Bounds {
            if (start < 0 || end < start) throw new IllegalArgumentException("a sentence runs from " + start + " to " + end);
        }
    }

    /** A section as the student sees it: its kind, instructions, the word bank offered, its items. */
    public record Section(SectionKind kind, Instructions instructions, List<String> wordBank, List<StudentItem> items) {
        public Section {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(instructions, "instructions");
            wordBank = List.copyOf(wordBank);
            items = List.copyOf(items);
        }
    }

    public StudentCopy {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(feedback, "feedback");
        if ((feedback == FeedbackMode.INSTANT) != (hashing != null)) {
            throw new IllegalArgumentException("a student copy has hashed answers if and only if it gives instant feedback");
        }
        articles = List.copyOf(articles);
        sections = List.copyOf(sections);
    }

    /** Every item, section by section. */
    public Stream<StudentItem> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    /** The item with this id, if any. */
    public Optional<StudentItem> item(String itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The article with this id, if any. */
    public Optional<Article> article(String articleId) {
        return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    /** A section's instructions in the copy's language. */
    public String instructions(Section section) {
        return section.instructions().in(language);
    }
}
