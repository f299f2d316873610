package org.maqal.lesson.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maqal.lesson.SampleLessons;
import org.maqal.model.Item;
import org.maqal.model.Lesson;

/** Instant feedback from the hashes of a copy, checked against the lesson's own answers. */
class InstantFeedbackTest {
    private static Lesson lesson;
    private static StudentCopy copy;
    private static InstantFeedback feedback;

    @BeforeAll
    static void makeCopy() {
        lesson = SampleLessons.forStudents();
        copy = new StudentCopies().make(lesson, StudentCopyTest.ARTICLES, FeedbackMode.INSTANT);
        feedback = new InstantFeedback(copy);
    }

    @Test
    void everyRightAnswerIsRight() {
        for (Item item : lesson.items().toList()) {
            Feedback f = feedback.check(item.id(), RightAnswers.of(item));
            switch (item.type()) {
                case OPEN_QUESTION, VOCABULARY -> assertThat(f).as(item.id()).isEqualTo(Feedback.NOT_CHECKED);
                default -> assertThat(f.status()).as(item.id()).isEqualTo(Feedback.Status.RIGHT);
            }
        }
    }

    @Test
    void typedAnswersAreRightInTheSpellingsATeacherAccepts() {
        assertThat(status("g1", new Answer.Text("بِحِمايَة"))).isEqualTo(Feedback.Status.RIGHT);
        assertThat(status("g2", new Answer.Text("مشوره"))).as("ال optional in g2").isEqualTo(Feedback.Status.RIGHT);
        assertThat(status("c4", new Answer.Text("بيير  اولسن"))).isEqualTo(Feedback.Status.RIGHT);
        assertThat(status("c4", new Answer.Text("الجنرال بيير أولسن"))).as("an accepted answer").isEqualTo(Feedback.Status.RIGHT);
        assertThat(status("c6", new Answer.Text("فبراير - شباط"))).isEqualTo(Feedback.Status.RIGHT);
    }

    @Test
    void wrongAnswersAreWrong() {
        assertThat(status("g1", new Answer.Text("بتدريب"))).isEqualTo(Feedback.Status.WRONG);
        assertThat(status("g1", new Answer.Text("حماية"))).isEqualTo(Feedback.Status.WRONG);
        assertThat(status("c1", new Answer.Choice("500 عنصر"))).isEqualTo(Feedback.Status.WRONG);
        assertThat(status("c2", new Answer.Judgement(false))).isEqualTo(Feedback.Status.WRONG);
        assertThat(status("c8", new Answer.Judgement(true))).isEqualTo(Feedback.Status.WRONG);
        assertThat(status("c4", new Answer.Text("أولسون"))).isEqualTo(Feedback.Status.WRONG);
        assertThat(status("t2", new Answer.Cells(List.of(new Answer.Cell(0, 3, "تؤيده المقالات الأخرى")))))
                .as("ال is not optional in t2").isEqualTo(Feedback.Status.WRONG);
    }

    @Test
    void itemsInPartsAreCheckedPartByPart() {
        Feedback match = feedback.check("m1", new Answer.Matches(Map.of("المشورة", "advice", "بعثة", "targeting")));
        assertThat(match.status()).isEqualTo(Feedback.Status.PARTLY_RIGHT);
        assertThat(match.parts()).containsExactlyInAnyOrderEntriesOf(Map.of("المشورة", true, "بعثة", false));

        Feedback order = feedback.check("c3", new Answer.Order(List.of("مقتل قاسم سليماني في غارة جوية أميركية",
                "تقود الولايات المتحدة تحالفا دوليا ضد داعش", "قرر الحلف زيادة أفراد بعثته إلى 4 آلاف عنصر")));
        assertThat(order.status()).isEqualTo(Feedback.Status.PARTLY_RIGHT);
        assertThat(order.parts()).containsExactlyInAnyOrderEntriesOf(Map.of("0", false, "1", false, "2", true));

        Feedback table = feedback.check("t1", new Answer.Cells(List.of(new Answer.Cell(0, 2, "اكثر من ٣٠٠ شخص"),
                new Answer.Cell(1, 2, "400 عنصر"), new Answer.Cell(1, 3, "لأن المقالين من سنتين"))));
        assertThat(table.parts()).as("open cells are not checked").containsExactlyInAnyOrderEntriesOf(Map.of("0,2", true, "1,2", false));
    }

    @Test
    void nothingGivenIsUnansweredAndOtherCopiesAreNotChecked() {
        assertThat(status("g1", new Answer.Text("  "))).isEqualTo(Feedback.Status.UNANSWERED);
        assertThat(status("c1", new Answer.Text("أكثر من 300 شخص"))).as("an answer of the wrong kind").isEqualTo(Feedback.Status.UNANSWERED);
        StudentCopy none = new StudentCopies().make(lesson, StudentCopyTest.ARTICLES, FeedbackMode.AFTER_HAND_IN);
        assertThat(new InstantFeedback(none).check("c1", new Answer.Choice("أكثر من 300 شخص"))).isEqualTo(Feedback.NOT_CHECKED);
        assertThatThrownBy(() -> feedback.check("nope", new Answer.Text("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Feedback.Status status(String itemId, Answer answer) {
        return feedback.check(itemId, answer).status();
    }
}
