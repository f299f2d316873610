package org.maqal.lesson.student;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.maqal.lesson.SampleLessons;
import org.maqal.model.ArticleRef;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Matching;
import org.maqal.model.OpenQuestion;
import org.maqal.model.Section;
import org.maqal.model.TableSheet;
import org.maqal.model.VocabularyEntry;
import org.maqal.text.AnswerNormalizer;

/**
 * Scans the bytes of student copies for the answers and teacher notes of their lesson.
 *
 * <p>The rule. A copy gives an answer away if it holds it anywhere the student is not meant to see
 * it anyway. So:
 * <ol>
 *   <li>no field of the copy is an answer field ({@code answer}, {@code accepted}, {@code guidance},
 *       {@code notes}, {@code skipped}, {@code gloss});</li>
 *   <li>every text in the copy is either shown to the student by the lesson itself (article texts and
 *       titles, prompts, choices, the lefts of a matching, word banks, instructions, table headings and
 *       given cells, headwords, forms and example sentences) or structural (ids, codes, times, part
 *       names, Base64 salt and hashes);</li>
 *   <li>no teacher note, open-question guidance, skip note or vocabulary gloss occurs anywhere in the
 *       file, compared normalised;</li>
 *   <li>no typed answer (a gap's word, a short answer and the forms it accepts, a reference cell the
 *       student fills) occurs, normalised, in its own item's prompt or given cells;</li>
 *   <li>no hash is a plain, unsalted hash of an answer.</li>
 * </ol>
 * What is allowed: a gap's word stands in the article (the gapped sentence comes from it) and may be
 * among the gap's choices or the word bank; a multiple-choice answer is one of its options; the right
 * entries of a matching and the entries of an ordering are shown. There they are shown, never marked.
 */
class CopyGivesNothingAwayTest {
    private static final Set<String> ANSWER_FIELDS = Set.of("answer", "accepted", "guidance", "notes", "skipped", "gloss");
    private static final Set<String> STRUCTURAL = Set.of("format", "copyId", "made", "id", "type", "kind", "feedback",
            "language", "algorithm", "salt", "article", "part", "hashes");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(FeedbackMode.class)
    void noAnswerAndNoTeacherNoteIsInTheCopy(FeedbackMode mode) throws Exception {
        Lesson lesson = SampleLessons.forStudents();
        Path file = StudentCopies.write(lesson, StudentCopyTest.ARTICLES, mode, dir);
        String bytes = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(bytes);

        List<String> fields = new ArrayList<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        walk(root, "", fields, texts);
        assertThat(fields).as("answer fields").doesNotContainAnyElementsOf(ANSWER_FIELDS);

        Map<String, Set<String>> shown = shownByTheLesson(lesson);
        texts.forEach((field, values) -> {
            for (String v : values) {
                if (STRUCTURAL.contains(field)) {
                    assertThat(v).as("structural field %s", field).matches("[\\p{Alnum}+/=:.,_\\-]*|" + partNames(lesson));
                } else {
                    assertThat(shown.getOrDefault(field, Set.of())).as("texts the lesson shows in field %s", field).contains(v);
                }
            }
        });

        String all = " " + AnswerNormalizer.key(bytes, false) + " ";
        for (String secret : teacherOnly(lesson)) {
            assertThat(all).as("teacher text: %s", secret).doesNotContain(" " + AnswerNormalizer.key(secret, false) + " ");
        }
        StudentCopy copy = new StudentCopyFiles().load(file);
        for (Item item : lesson.items().toList()) {
            StudentItem shownItem = copy.item(item.id()).orElseThrow();
            String own = " " + AnswerNormalizer.key(shownItem.prompt() + " " + shownItem.sheet().map(t -> t.rows().toString()).orElse(""), false) + " ";
            for (String answer : StudentCopyTest.typedAnswers(item)) {
                assertThat(own).as("answer of %s in its own prompt", item.id()).doesNotContain(" " + AnswerNormalizer.key(answer, false) + " ");
                assertThat(bytes).doesNotContain(plainHash(AnswerNormalizer.key(answer, false)));
            }
        }
        assertThat(bytes).doesNotContain(plainHash("true")).doesNotContain(plainHash("false"));
    }

    /** Every text the lesson itself shows students, by the name of the copy's field that shows it. */
    private static Map<String, Set<String>> shownByTheLesson(Lesson lesson) {
        Map<String, Set<String>> shown = new LinkedHashMap<>();
        add(shown, "title", lesson.title());
        for (ArticleRef a : lesson.articles()) {
            add(shown, "title", a.title());
            add(shown, "outlet", a.outlet());
            add(shown, "date", a.date());
        }
        StudentCopyTest.ARTICLES.forEach(a -> add(shown, "text", a.text()));
        for (Section s : lesson.sections()) {
            add(shown, "arabic", s.instructions().arabic());
            add(shown, "english", s.instructions().english());
            s.wordBank().forEach(w -> add(shown, "wordBank", w));
            for (Item i : s.items()) {
                add(shown, "prompt", i.prompt());
                i.options().forEach(o -> add(shown, "options", o));
                if (i instanceof Matching m) m.answer().forEach(p -> add(shown, "lefts", p.left()));
                if (i instanceof TableSheet t) {
                    t.columns().forEach(c -> add(shown, "columns", c));
                    t.givenRows().forEach(row -> row.forEach(c -> add(shown, "rows", c)));
                }
                if (i instanceof VocabularyEntry v) {
                    v.forms().forEach(f -> add(shown, "forms", f));
                    add(shown, "headword", v.headword());
                    add(shown, "example", v.example());
                }
            }
        }
        return shown;
    }

    private static void add(Map<String, Set<String>> shown, String field, String text) {
        shown.computeIfAbsent(field, k -> new HashSet<>()).add(text);
    }

    /** What only the teacher may read: notes, guidance, skip notes, glosses. */
    private static List<String> teacherOnly(Lesson lesson) {
        List<String> out = new ArrayList<>();
        for (Section s : lesson.sections()) {
            out.addAll(s.skipped());
            for (Item i : s.items()) {
                if (!i.notes().isBlank()) out.add(i.notes());
                if (i instanceof OpenQuestion q && !q.guidance().isBlank()) out.add(q.guidance());
                if (i instanceof VocabularyEntry v && !v.gloss().isBlank()) out.add(v.gloss());
            }
        }
        assertThat(out).as("the sample lesson has notes to look for").hasSizeGreaterThanOrEqualTo(5);
        return out;
    }

    /** The left entries of matchings, which name the parts of their answers. */
    private static String partNames(Lesson lesson) {
        List<String> lefts = new ArrayList<>();
        lesson.items().filter(i -> i instanceof Matching).forEach(i -> ((Matching) i).answer().forEach(p -> lefts.add(Pattern.quote(p.left()))));
        return String.join("|", lefts);
    }

    private static String plainHash(String key) throws Exception {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha, 16));
    }

    private static void walk(JsonNode node, String field, List<String> fields, Map<String, List<String>> texts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                fields.add(e.getKey());
                walk(e.getValue(), e.getKey(), fields, texts);
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, field, fields, texts));
        } else if (node.isTextual()) {
            texts.computeIfAbsent(field, k -> new ArrayList<>()).add(node.textValue());
        }
    }
}
