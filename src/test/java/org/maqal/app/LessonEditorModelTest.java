package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.SampleLessons;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Lesson;
import org.maqal.model.Matching;
import org.maqal.model.MultipleChoice;
import org.maqal.model.Ordering;
import org.maqal.model.Source;
import org.maqal.model.TrueFalse;
import org.maqal.model.VocabularyEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every editor command changes the lesson as a teacher expects, and undo/redo take it back and forth exactly. */
class LessonEditorModelTest {
    @TempDir
    Path root;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Settings settings = new Settings(new MemoryStore());
    private final Lesson sample = SampleLessons.everyType();
    private List<Item> fresh = List.of();
    private LessonEditorModel editor;

    @BeforeEach
    void open() {
        editor = new LessonEditorModel(root.resolve("lessons"), GlossaryFile.of(root.resolve("corpus/glossary.json"), Glossary.empty()),
                new LessonFiles(), (lesson, section, seed) -> fresh, dialogs, settings);
        editor.show(sample);
    }

    private Lesson lesson() {
        return editor.lesson().orElseThrow();
    }

    /** Runs a command, checks it changed the lesson, then that undo restores it and redo repeats it. */
    private Lesson undoable(Consumer<LessonEditorModel> command) {
        Lesson before = lesson();
        command.accept(editor);
        Lesson after = lesson();
        assertThat(after).isNotEqualTo(before);
        assertThat(editor.canUndo()).isTrue();
        editor.undo();
        assertThat(lesson()).isEqualTo(before);
        assertThat(editor.canRedo()).isTrue();
        editor.redo();
        assertThat(lesson()).isEqualTo(after);
        return after;
    }

    @Test
    void editingAQuestionChangesOnlyThatItemAndUndoesExactly() {
        ItemFields fields = ItemForms.fieldsOf(lesson().item("c1").orElseThrow());
        Lesson after = undoable(e -> e.edit("c1", new ItemFields("كم عدد أفراد البعثة؟", "500 عنصر", fields.lines(), 2, "راجع الفقرة الثانية")));
        MultipleChoice mc = (MultipleChoice) after.item("c1").orElseThrow();
        assertThat(mc.prompt()).isEqualTo("كم عدد أفراد البعثة؟");
        assertThat(mc.answer()).isEqualTo("500 عنصر");
        assertThat(mc.points()).isEqualTo(2);
        assertThat(mc.sources()).isEqualTo(sample.item("c1").orElseThrow().sources());
        assertThat(after.item("c2")).isEqualTo(sample.item("c2"));
    }

    @Test
    void anEditThatMakesAnInvalidItemIsRefusedWithAMessageAndChangesNothing() {
        ItemFields fields = ItemForms.fieldsOf(lesson().item("c1").orElseThrow());
        boolean changed = editor.edit("c1", new ItemFields(fields.prompt(), "جواب ليس بين الخيارات", fields.lines(), 1, ""));
        assertThat(changed).isFalse();
        assertThat(lesson()).isEqualTo(sample);
        assertThat(editor.canUndo()).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("not one of its options");
    }

    @Test
    void everyItemTypeRoundTripsThroughTheForm() {
        sample.items().forEach(item -> assertThat(ItemForms.apply(item, ItemForms.fieldsOf(item))).isEqualTo(item));
    }

    @Test
    void matchingPairsAndOrderingEntriesAreEditedLineByLine() {
        Lesson after = undoable(e -> e.edit("m1", new ItemFields("صل", "", List.of("المشورة = advice", "بعثة = mission"), 2, "")));
        Matching m = (Matching) after.item("m1").orElseThrow();
        assertThat(m.answer()).containsExactly(new Matching.Pair("المشورة", "advice"), new Matching.Pair("بعثة", "mission"));
        assertThat(m.options()).containsExactlyInAnyOrder("advice", "mission");
        Lesson ordered = undoable(e -> e.edit("c3", new ItemFields("رتّب", "", List.of("أ", "ب", "ج"), 2, "")));
        Ordering o = (Ordering) ordered.item("c3").orElseThrow();
        assertThat(o.answer()).containsExactly("أ", "ب", "ج");
        assertThat(o.options()).containsExactlyInAnyOrder("أ", "ب", "ج").isNotEqualTo(o.answer());
    }

    @Test
    void movingReordersWithinTheSection() {
        Lesson after = undoable(e -> e.moveDown("c1"));
        assertThat(after.sections().get(1).items()).extracting(Item::id).startsWith("c2", "c1", "c3");
        Lesson moved = undoable(e -> e.move("c5", 0));
        assertThat(moved.sections().get(1).items()).extracting(Item::id).startsWith("c5");
        assertThat(editor.moveUp("v1")).as("the first item of the lesson has nowhere to go").isFalse();
        assertThat(editor.moveDown("t2")).as("the last item of the lesson has nowhere to go").isFalse();
    }

    @Test
    void anItemMovesIntoAnotherSectionAsOneUndoableEdit() {
        Lesson after = undoable(e -> e.moveTo("c2", 0, 1));
        assertThat(after.sections().get(0).items()).extracting(Item::id).containsExactly("v1", "c2", "g1", "m1");
        assertThat(after.sections().get(1).items()).extracting(Item::id).containsExactly("c1", "c3", "c4", "c5");
        assertThat(after.item("c2")).isEqualTo(sample.item("c2"));
        assertThat(editor.selected()).isEqualTo("c2");
        assertThat(editor.undoLabel()).hasValue("edit.move");

        editor.undo();
        assertThat(lesson()).isEqualTo(sample);
        assertThat(editor.canUndo()).as("the move was one edit, not a delete and an add").isFalse();
    }

    @Test
    void aPositionPastTheEndPutsTheItemLastInTheOtherSection() {
        Lesson after = undoable(e -> e.moveTo("v1", 2, 99));
        assertThat(after.sections().get(2).items()).extracting(Item::id).containsExactly("t1", "v1");
        assertThat(after.sections().get(0).items()).extracting(Item::id).containsExactly("g1", "m1");
        assertThat(editor.moveTo("v1", 2, 1)).as("already there").isFalse();
    }

    @Test
    void upAndDownCrossIntoTheNeighbouringSection() {
        Lesson up = undoable(e -> e.moveUp("c1"));
        assertThat(up.sections().get(0).items()).extracting(Item::id).endsWith("m1", "c1");
        assertThat(up.sections().get(1).items()).extracting(Item::id).startsWith("c2");

        Lesson down = undoable(e -> e.moveDown("c1"));
        assertThat(down).as("down again brings it back to the start of the comprehension section").isEqualTo(sample);
    }

    @Test
    void deleteDuplicateAndAdd() {
        Lesson deleted = undoable(e -> e.delete("c2"));
        assertThat(deleted.item("c2")).isEmpty();
        assertThat(editor.selected()).isEqualTo("c3");

        Lesson duplicated = undoable(e -> e.duplicate("c3"));
        assertThat(duplicated.sections().get(1).items()).extracting(Item::id).containsSubsequence("c3", "c3-copy");
        assertThat(duplicated.item("c3-copy").orElseThrow().prompt()).isEqualTo(sample.item("c3").orElseThrow().prompt());

        Lesson added = undoable(e -> e.add(2, ItemType.MULTIPLE_CHOICE));
        Item mine = added.sections().get(2).items().get(1);
        assertThat(mine).isInstanceOf(MultipleChoice.class);
        assertThat(mine.prompt()).isEqualTo("سؤال جديد");
        assertThat(mine.sources()).isEmpty();
        assertThat(editor.selected()).isEqualTo(mine.id());
    }

    @Test
    void addingEveryTypeMakesValidItems() {
        for (ItemType type : ItemType.values()) editor.add(0, type);
        assertThat(lesson().sections().get(0).items()).hasSize(3 + ItemType.values().length);
    }

    @Test
    void regenerateTakesANewItemOfTheSameTypeNotAlreadyInTheLesson() {
        Source s = sample.item("c2").orElseThrow().sources().get(0);
        fresh = List.of(sample.item("c2").orElseThrow(),
                new TrueFalse("new-tf", "الحلف قرر زيادة أفراد بعثته.", true, List.of(s), 1, ""),
                new TrueFalse("new-tf-2", "عبارة أخرى.", false, List.of(s), 1, ""));
        Lesson after = undoable(e -> e.regenerate("c2"));
        assertThat(after.item("c2")).isEmpty();
        assertThat(after.sections().get(1).items().get(1).id()).isEqualTo("new-tf");
    }

    @Test
    void regenerateWithNothingNewTellsTheTeacherAndChangesNothing() {
        fresh = List.of(sample.item("c2").orElseThrow());
        assertThat(editor.regenerate("c2")).isFalse();
        assertThat(lesson()).isEqualTo(sample);
        assertThat(dialogs.infos).singleElement().asString().contains("no other item");
    }

    @Test
    void aGlossWrittenOnAVocabularyItemGoesIntoTheGlossaryAndUndoTakesItOut() {
        VocabularyEntry word = (VocabularyEntry) sample.sections().get(0).items().get(0);
        ItemFields f = ItemForms.fieldsOf(word);
        undoable(e -> e.edit(word.id(), new ItemFields(f.prompt(), "a task, an assignment", f.lines(), 0, f.notes())));
        assertThat(editor.glossary().gloss("مهمه")).contains("a task, an assignment");
        editor.undo();
        assertThat(editor.glossary().gloss("مهمة")).isEmpty();
        editor.redo();
        assertThat(editor.glossary().gloss("مهمة")).contains("a task, an assignment");
    }

    @Test
    void savedStateIsCleanAndUndoingBackToItIsCleanAgain() throws Exception {
        assertThat(editor.dirty()).isTrue();
        assertThat(editor.save()).isTrue();
        Path file = root.resolve("lessons/nato-iraq-1.json");
        assertThat(file).exists();
        assertThat(root.resolve("corpus/glossary.json")).exists();
        assertThat(editor.dirty()).isFalse();
        assertThat(settings.recentLessons()).containsExactly(file.toAbsolutePath());
        editor.setTitle("عنوان آخر");
        assertThat(editor.dirty()).isTrue();
        editor.undo();
        assertThat(editor.dirty()).isFalse();
        editor.redo();
        assertThat(editor.dirty()).isTrue();
    }

    @Test
    void openingAsksAboutUnsavedChangesAndKeepsThemWhenCancelled() throws Exception {
        editor.save();
        Path file = editor.file().orElseThrow();
        editor.delete("c1");
        dialogs.saveChoice = DialogService.SaveChoice.CANCEL;
        assertThat(editor.open(file)).isFalse();
        assertThat(lesson().item("c1")).isEmpty();
        dialogs.saveChoice = DialogService.SaveChoice.DISCARD;
        assertThat(editor.open(file)).isTrue();
        assertThat(lesson()).isEqualTo(sample);
        assertThat(editor.canUndo()).isFalse();
        assertThat(dialogs.saveQuestions).isEqualTo(2);
    }

    @Test
    void aBrokenLessonFileIsReportedAndTheOpenLessonStays() throws Exception {
        Path broken = Files.writeString(root.resolve("broken.json"), "{\"schemaVersion\": 1, ");
        editor.save();
        assertThat(editor.open(broken)).isFalse();
        assertThat(lesson()).isEqualTo(sample);
        assertThat(dialogs.errors).singleElement().asString().contains("broken.json");
    }
}
