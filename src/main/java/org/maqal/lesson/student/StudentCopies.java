package org.maqal.lesson.student;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maqal.corpus.FileNames;
import org.maqal.lesson.LessonFileException;
import org.maqal.model.Article;
import org.maqal.model.ArticleRef;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Matching;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.TableSheet;
import org.maqal.model.VocabularyEntry;
import org.maqal.text.SentenceSplitter;

/**
 * Makes student copies of lessons.
 *
 * <p>What a copy keeps: the lesson's id, title and language; each article's title, outlet, date,
 * text and sentence bounds; each section's kind, instructions (both languages) and word bank; each
 * item's id, type, prompt, choices, the left-hand entries of a matching, a table's columns and the
 * rows with the student's cells blank, a vocabulary entry's headword, forms and example sentence,
 * sources, points and whether ال is optional. What it leaves out: every answer field (the right
 * option, true or false, the gap's word, the pairs, the order, model and accepted answers, the
 * reference cells), an open question's guidance, a vocabulary entry's gloss, teacher notes and the
 * generators' skip notes. Choices are kept in the order shown, except that a matching or ordering
 * shown in its answer order is shuffled, so the order does not give the answer away. With
 * {@link FeedbackMode#INSTANT} the accepted answers are added as hashes ({@link AnswerHasher}).
 *
 * <p>Thread-safe.
 */
public final class StudentCopies {
    /** The file name ending of student copies: {@code LESSON.student.json}. */
    public static final String SUFFIX = ".student.json";

    private final SecureRandom random;
    private final Clock clock;

    /** Copies with fresh random salts and ids, stamped with the system clock. */
    public StudentCopies() {
        this(new SecureRandom(), Clock.systemUTC());
    }

    public StudentCopies(SecureRandom random, Clock clock) {
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes a student copy of the lesson into the folder (created if needed) as
     * {@code LESSON-ID.student.json}, replacing an older copy of the same lesson atomically.
     *
     * @param articles the lesson's articles with their text (more may be given; only the lesson's are used)
     * @return the file written
     * @throws IllegalArgumentException when an article of the lesson is not among {@code articles}
     * @throws LessonFileException      when the file cannot be written
     */
    public static Path write(Lesson lesson, List<Article> articles, FeedbackMode feedback, Path folder)
            throws LessonFileException {
        StudentCopy copy = new StudentCopies().make(lesson, articles, feedback);
        Path file = folder.resolve(FileNames.dashedStem(lesson.id(), "lesson") + SUFFIX);
        new StudentCopyFiles().save(copy, file);
        return file;
    }

    /**
     * The student copy of a lesson.
     *
     * @throws IllegalArgumentException when an article of the lesson is not among {@code articles}
     */
    public StudentCopy make(Lesson lesson, List<Article> articles, FeedbackMode feedback) {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(feedback, "feedback");
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        List<StudentCopy.Article> shown = new ArrayList<>();
        for (ArticleRef ref : lesson.articles()) {
            Article article = byId.get(ref.id());
            if (article == null) {
                throw new IllegalArgumentException("the lesson's article " + ref.id() + " (" + ref.title()
                        + ") is not in the corpus, so the copy cannot show it");
            }
            shown.add(article(ref, article));
        }
        AnswerHasher hasher = feedback == FeedbackMode.INSTANT ? AnswerHasher.fresh(random) : null;
        List<StudentCopy.Section> sections = new ArrayList<>();
        for (Section s : lesson.sections()) {
            List<StudentItem> items = s.items().stream()
                    .map(i -> item(i, lesson.rules().articleOptional(i.id()), hasher)).toList();
            sections.add(new StudentCopy.Section(s.kind(), s.instructions(), s.wordBank(), items));
        }
        StudentCopy.Hashing hashing = hasher == null ? null : new StudentCopy.Hashing(hasher.iterations(), hasher.salt());
        return new StudentCopy(copyId(), clock.instant(), lesson.id(), lesson.title(), lesson.language(), feedback,
                hashing, shown, sections);
    }

    private static StudentCopy.Article article(ArticleRef ref, Article article) {
        List<StudentCopy.Bounds> bounds = new SentenceSplitter().split(article.text()).stream()
                .map(s -> new StudentCopy.Bounds(s.start(), s.end())).toList();
        return new StudentCopy.Article(ref.id(), ref.title().isBlank() ? article.title() : ref.title(), ref.outlet(),
                ref.date(), article.text(), bounds);
    }

    private StudentItem item(Item item, boolean articleOptional, AnswerHasher hasher) {
        List<String> options = item.options();
        List<String> lefts = List.of();
        StudentItem.Table table = null;
        StudentItem.Word word = null;
        if (item instanceof Matching m) {
            lefts = m.answer().stream().map(Matching.Pair::left).toList();
            options = notInAnswerOrder(m.options(), m.answer().stream().map(Matching.Pair::right).toList());
        } else if (item instanceof Ordering o) {
            options = notInAnswerOrder(o.options(), o.answer());
        } else if (item instanceof TableSheet t) {
            table = new StudentItem.Table(t.columns(), t.givenRows(), t.studentColumns());
        } else if (item instanceof VocabularyEntry v) {
            word = new StudentItem.Word(v.headword(), v.forms(), v.example());
        }
        return new StudentItem(item.id(), item.type(), item.prompt(), options, lefts, table, word, item.sources(),
                item.points(), articleOptional, hasher == null ? List.of() : checks(item, articleOptional, hasher));
    }

    private static List<StudentItem.HashedPart> checks(Item item, boolean articleOptional, AnswerHasher hasher) {
        List<StudentItem.HashedPart> parts = new ArrayList<>();
        for (AnswerParts.Part p : AnswerParts.expected(item, articleOptional).parts()) {
            List<String> hashes = p.keys().stream().map(k -> hasher.hash(item.id(), p.id(), k)).sorted().toList();
            parts.add(new StudentItem.HashedPart(p.id(), hashes));
        }
        return parts;
    }

    /** The options as shown, or shuffled when they are shown in the answer's order. */
    private List<String> notInAnswerOrder(List<String> shown, List<String> answerOrder) {
        if (!shown.equals(answerOrder)) return shown;
        List<String> shuffled = new ArrayList<>(shown);
        while (shuffled.equals(answerOrder)) Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled);
    }

    private String copyId() {
        byte[] id = new byte[12];
        random.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
