package org.maqal.lesson.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.SampleLessons;
import org.maqal.model.Article;
import org.maqal.model.GapFill;
import org.maqal.model.Item;
import org.maqal.model.Lesson;
import org.maqal.model.Matching;
import org.maqal.model.Ordering;
import org.maqal.model.Section;
import org.maqal.model.ShortAnswer;
import org.maqal.model.TableSheet;
import org.maqal.text.SentenceSplitter;

class StudentCopyTest {
    static final List<Article> ARTICLES = List.of(SampleLessons.A, SampleLessons.B);
    private final StudentCopies copies = new StudentCopies(new SecureRandom(),
            Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void theCopyShowsTheArticlesAndEveryItemWithItsIdPromptAndChoices() throws Exception {
        Lesson lesson = SampleLessons.forStudents();
        Path file = StudentCopies.write(lesson, ARTICLES, FeedbackMode.INSTANT, dir);
        StudentCopy copy = new StudentCopyFiles().load(file);

        assertThat(file.getFileName().toString()).isEqualTo("nato-iraq-1.student.json");
        assertThat(copy.lessonId()).isEqualTo("nato-iraq-1");
        assertThat(copy.title()).isEqualTo("بعثة الناتو في العراق");
        assertThat(copy.items().map(StudentItem::id)).containsExactlyElementsOf(lesson.items().map(Item::id).toList());
        assertThat(copy.items().map(StudentItem::prompt)).containsExactlyElementsOf(lesson.items().map(Item::prompt).toList());
        assertThat(copy.articles()).extracting(StudentCopy.Article::text).containsExactly(SampleLessons.A.text(), SampleLessons.B.text());
        StudentCopy.Article a = copy.articles().get(0);
        int guard = SampleLessons.sentence(SampleLessons.A, "تكفلت بحماية بعثة الناتو").index();
        assertThat(a.sentence(guard)).isEqualTo(new SentenceSplitter().split(SampleLessons.A.text()).get(guard).text());
        assertThat(copy.sections()).extracting(StudentCopy.Section::instructions).containsExactlyElementsOf(
                lesson.sections().stream().map(Section::instructions).toList());
        assertThat(copy.sections().get(0).wordBank()).containsExactly("بحماية", "المشورة");

        StudentItem mc = copy.item("c1").orElseThrow();
        assertThat(mc.options()).containsExactly("أكثر من 300 شخص", "4 آلاف عنصر", "500 عنصر");
        StudentItem match = copy.item("m1").orElseThrow();
        assertThat(match.lefts()).containsExactly("المشورة", "بعثة", "استهداف");
        assertThat(match.options()).containsExactly("targeting", "advice", "mission");
        StudentItem table = copy.item("t1").orElseThrow();
        TableSheet t1 = (TableSheet) lesson.item("t1").orElseThrow();
        assertThat(table.sheet().orElseThrow().rows()).isEqualTo(t1.givenRows());
        assertThat(table.sheet().orElseThrow().rows().get(1)).containsExactly(SampleLessons.B.title(), "2020-10", "", "");
        StudentItem word = copy.item("v1").orElseThrow();
        assertThat(word.vocabulary().orElseThrow().headword()).isEqualTo("مهمة");
        assertThat(word.vocabulary().orElseThrow().forms()).containsExactly("مهمته", "مهمتنا");
        assertThat(copy.item("g2").orElseThrow().articleOptional()).isTrue();
        assertThat(copy.item("g1").orElseThrow().articleOptional()).isFalse();
    }

    @Test
    void aCopyComesBackAsItWasSaved() throws Exception {
        for (FeedbackMode mode : FeedbackMode.values()) {
            StudentCopy copy = copies.make(SampleLessons.forStudents(), ARTICLES, mode);
            Path file = dir.resolve(mode + ".student.json");
            new StudentCopyFiles().save(copy, file);
            assertThat(new StudentCopyFiles().load(file)).isEqualTo(copy);
            assertThat(new StudentCopyFiles().isStudentCopy(file)).isTrue();
        }
    }

    @Test
    void withoutInstantFeedbackTheCopyHoldsNoAnswerDataAtAll() throws Exception {
        for (FeedbackMode mode : List.of(FeedbackMode.AFTER_HAND_IN, FeedbackMode.NONE)) {
            Path file = StudentCopies.write(SampleLessons.forStudents(), ARTICLES, mode, dir.resolve(mode.code()));
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            assertThat(root.findValues("check")).as(mode.code()).isEmpty();
            assertThat(root.has("hashing")).isFalse();
            assertThat(root.get("feedback").textValue()).isEqualTo(mode.code());
        }
    }

    @Test
    void matchingsAndOrderingsShownInTheirAnswerOrderAreShuffled() {
        Lesson lesson = SampleLessons.forStudents();
        Matching m1 = (Matching) lesson.item("m1").orElseThrow();
        Ordering c3 = (Ordering) lesson.item("c3").orElseThrow();
        List<String> rights = m1.answer().stream().map(Matching.Pair::right).toList();
        Lesson ordered = lesson.withSections(lesson.sections().stream().map(s -> s.withItems(s.items().stream().map(i -> {
            if (i.id().equals("m1")) return (Item) new Matching("m1", m1.prompt(), m1.answer(), rights, m1.sources(), 3, "");
            if (i.id().equals("c3")) return (Item) new Ordering("c3", c3.prompt(), c3.answer(), c3.answer(), c3.sources(), 2, "");
            return i;
        }).toList())).toList());

        for (int round = 0; round < 20; round++) {
            StudentCopy copy = copies.make(ordered, ARTICLES, FeedbackMode.NONE);
            assertThat(copy.item("m1").orElseThrow().options()).containsExactlyInAnyOrderElementsOf(rights).isNotEqualTo(rights);
            assertThat(copy.item("c3").orElseThrow().options()).containsExactlyInAnyOrderElementsOf(c3.answer()).isNotEqualTo(c3.answer());
        }
    }

    @Test
    void everyCopyHasItsOwnIdSaltAndHashes() {
        StudentCopy one = copies.make(SampleLessons.forStudents(), ARTICLES, FeedbackMode.INSTANT);
        StudentCopy two = copies.make(SampleLessons.forStudents(), ARTICLES, FeedbackMode.INSTANT);
        assertThat(one.copyId()).isNotEqualTo(two.copyId());
        assertThat(one.hashing().salt()).isNotEqualTo(two.hashing().salt());
        assertThat(one.item("c2").orElseThrow().checks()).isNotEqualTo(two.item("c2").orElseThrow().checks());
        Set<String> hashes = new HashSet<>();
        one.items().flatMap(i -> i.checks().stream()).flatMap(p -> p.hashes().stream()).forEach(h -> assertThat(hashes.add(h))
                .as("a hash repeated in one copy").isTrue());
    }

    @Test
    void aLessonFileIsNotAStudentCopy() throws Exception {
        Path lessonFile = dir.resolve("lesson.json");
        new LessonFiles().save(SampleLessons.forStudents(), lessonFile);
        byte[] before = Files.readAllBytes(lessonFile);

        assertThat(new StudentCopyFiles().isStudentCopy(lessonFile)).isFalse();
        assertThatThrownBy(() -> new StudentCopyFiles().load(lessonFile))
                .hasMessage("The file lesson.json is a lesson file, not a student copy; check that you chose the right file.");
        assertThat(Files.readAllBytes(lessonFile)).isEqualTo(before);
    }

    @Test
    void aCutOffOrNewerCopyIsRefusedInOneSentence() throws Exception {
        Path file = StudentCopies.write(SampleLessons.forStudents(), ARTICLES, FeedbackMode.INSTANT, dir);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path cut = dir.resolve("cut.student.json");
        Files.writeString(cut, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        Path newer = dir.resolve("newer.student.json");
        Files.writeString(newer, text.replace("\"schemaVersion\": 1", "\"schemaVersion\": 9"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new StudentCopyFiles().load(cut))
                .hasMessageStartingWith("The student copy cut.student.json is cut off or is not valid JSON");
        assertThatThrownBy(() -> new StudentCopyFiles().load(newer))
                .hasMessageContaining("was saved by a newer Maqal (format 9");
    }

    /** Items of the lesson whose answers are typed, with every text accepted. */
    static List<String> typedAnswers(Item item) {
        List<String> out = new ArrayList<>();
        if (item instanceof GapFill g) out.add(g.answer());
        if (item instanceof ShortAnswer s) {
            out.add(s.answer());
            out.addAll(s.accepted());
        }
        if (item instanceof TableSheet t) {
            for (List<String> row : t.answer()) for (int c : t.studentColumns()) if (!row.get(c).isBlank()) out.add(row.get(c));
        }
        return out;
    }
}
