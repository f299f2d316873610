package org.maqal.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFileException;
import org.maqal.lesson.LessonFiles;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.VocabularyEntry;

/**
 * The lesson being edited: its sections and items, every change one {@link LessonEdit} that can be
 * undone and redone, whether it has unsaved changes, and saving and opening lesson files (the
 * glossary is saved with it). Edits that would make an invalid item are refused with a message and
 * change nothing.
 */
public final class LessonEditorModel {
    private final Path lessonsFolder;
    private final GlossaryFile glossaryFile;
    private final Glossary glossary;
    private final LessonFiles files;
    private final ItemRegenerator regenerator;
    private final DialogService dialogs;
    private final Settings settings;
    private final Listeners listeners = new Listeners();
    private final UndoHistory<LessonEdit> history = new UndoHistory<>();
    private Lesson lesson;
    private Path file;
    private String selected = "";
    private long regenerations;

    /**
     * @param glossaryFile the teacher's glossary; when its file could not be used, the teacher is told by
     *                     {@link #tellGlossaryProblem} and saving keeps that file as {@link GlossaryFile} says
     */
    public LessonEditorModel(Path lessonsFolder, GlossaryFile glossaryFile, LessonFiles files,
                             ItemRegenerator regenerator, DialogService dialogs, Settings settings) {
        this.lessonsFolder = lessonsFolder;
        this.glossaryFile = glossaryFile;
        this.glossary = glossaryFile.glossary();
        this.files = files;
        this.regenerator = regenerator;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    public Listeners listeners() {
        return listeners;
    }

    public Optional<Lesson> lesson() {
        return Optional.ofNullable(lesson);
    }

    /** The file the lesson was last saved to or opened from, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public Glossary glossary() {
        return glossary;
    }

    /**
     * Tells the teacher, once the window is shown, that the glossary file could not be used: which file,
     * why, what to do, and that the window works without its glosses meanwhile. Nothing when it could.
     */
    public void tellGlossaryProblem() {
        glossaryFile.problemMessage().ifPresent(m -> dialogs.showError(Message.of("glossary.problem.title"), m));
    }

    /** Whether there are changes not saved yet (a new lesson counts until it is saved). */
    public boolean dirty() {
        return lesson != null && history.dirty();
    }

    /** The id of the item to show, or empty. */
    public String selected() {
        return selected;
    }

    public void select(String itemId) {
        selected = itemId == null ? "" : itemId;
        listeners.fire();
    }

    /** Shows a newly generated lesson; it has unsaved changes until saved. */
    public void show(Lesson generated) {
        lesson = glossary.applyTo(generated);
        file = null;
        history.clear(false);
        selected = "";
        listeners.fire();
    }

    // ---- edits ----

    /**
     * Replaces an item's fields from the edit form.
     *
     * @return false when the fields make no valid item (the teacher is told why) or change nothing
     */
    public boolean edit(String itemId, ItemFields fields) {
        Item item = item(itemId);
        Item changed;
        try {
            changed = ItemForms.apply(item, fields);
        } catch (IllegalArgumentException e) {
            dialogs.showError(Message.of("edit.invalid.title"), Message.literal(sentence(e.getMessage())));
            return false;
        }
        if (changed.equals(item)) return false;
        LessonEdit.GlossChange gloss = null;
        if (changed instanceof VocabularyEntry v && !v.gloss().equals(((VocabularyEntry) item).gloss())) {
            gloss = new LessonEdit.GlossChange(v.headword(), glossary.gloss(v.headword()),
                    v.gloss().isBlank() ? Optional.empty() : Optional.of(v.gloss()));
        }
        return apply("edit.item", replace(itemId, changed), gloss, itemId);
    }

    /** Moves an item within its section to a new position (0 is first). */
    public boolean move(String itemId, int newIndex) {
        return moveTo(itemId, sectionOf(itemId), newIndex);
    }

    /**
     * Moves an item to a position in a section, its own or another, as one undoable change. The
     * position is where the item stands afterwards (0 is first); one past the end puts it last.
     *
     * @return false when the item is already there
     * @throws IllegalArgumentException when there is no such item or section
     */
    public boolean moveTo(String itemId, int sectionIndex, int newIndex) {
        int from = sectionOf(itemId);
        if (sectionIndex < 0 || sectionIndex >= lesson.sections().size()) {
            throw new IllegalArgumentException("no section " + sectionIndex);
        }
        List<Item> source = new ArrayList<>(lesson.sections().get(from).items());
        Item item = source.remove(indexIn(source, itemId));
        List<Item> target = from == sectionIndex ? source : new ArrayList<>(lesson.sections().get(sectionIndex).items());
        target.add(Math.max(0, Math.min(target.size(), newIndex)), item);
        Lesson after = update(sections -> {
            sections.set(from, sections.get(from).withItems(source));
            sections.set(sectionIndex, sections.get(sectionIndex).withItems(target));
            return sections;
        });
        return apply("edit.move", after, null, itemId);
    }

    /** Moves an item up one place; the first item of a section goes to the end of the section before. */
    public boolean moveUp(String itemId) {
        int s = sectionOf(itemId);
        int at = indexIn(lesson.sections().get(s).items(), itemId);
        if (at > 0) return moveTo(itemId, s, at - 1);
        return s > 0 && moveTo(itemId, s - 1, Integer.MAX_VALUE);
    }

    /** Moves an item down one place; the last item of a section goes to the start of the section after. */
    public boolean moveDown(String itemId) {
        int s = sectionOf(itemId);
        int at = indexIn(lesson.sections().get(s).items(), itemId);
        if (at < lesson.sections().get(s).items().size() - 1) return moveTo(itemId, s, at + 1);
        return s < lesson.sections().size() - 1 && moveTo(itemId, s + 1, 0);
    }

    public boolean delete(String itemId) {
        int s = sectionOf(itemId);
        List<Item> items = new ArrayList<>(lesson.sections().get(s).items());
        int at = indexIn(items, itemId);
        items.remove(at);
        String next = items.isEmpty() ? "" : items.get(Math.min(at, items.size() - 1)).id();
        return apply("edit.delete", withItems(s, items), null, next);
    }

    /** Puts a copy of the item, with a new id, right after it. */
    public boolean duplicate(String itemId) {
        int s = sectionOf(itemId);
        List<Item> items = new ArrayList<>(lesson.sections().get(s).items());
        int at = indexIn(items, itemId);
        String id = freshId(itemId + "-copy");
        items.add(at + 1, ItemForms.withId(items.get(at), id));
        return apply("edit.duplicate", withItems(s, items), null, id);
    }

    /** Adds a blank item of a type at the end of a section, written in the lesson's language. */
    public String add(int sectionIndex, ItemType type) {
        List<Item> items = new ArrayList<>(lesson.sections().get(sectionIndex).items());
        String id = freshId("teacher-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        items.add(ItemForms.blank(type, id, Texts.of(lesson.language().code())));
        apply("edit.add", withItems(sectionIndex, items), null, id);
        return id;
    }

    /**
     * Replaces an item with a new one of the same type from its section's generator, made with another
     * seed and not already in the lesson. Tells the teacher when there is none.
     */
    public boolean regenerate(String itemId) {
        Item old = item(itemId);
        Section section = lesson.sections().get(sectionOf(itemId));
        Set<String> present = new HashSet<>();
        lesson.items().forEach(i -> {
            present.add(i.id());
            present.add(i.prompt());
        });
        for (int attempt = 0; attempt < 4; attempt++) {
            long seed = lesson.seed() + 1 + regenerations++;
            Optional<Item> fresh = regenerator.candidates(lesson, section, seed).stream()
                    .filter(i -> i.type() == old.type() && !present.contains(i.id()) && !present.contains(i.prompt()))
                    .findFirst();
            if (fresh.isPresent()) return apply("edit.regenerate", replace(itemId, fresh.get()), null, fresh.get().id());
        }
        dialogs.showInfo(Message.of("edit.regenerate.none.title"), Message.of("edit.regenerate.none"));
        return false;
    }

    public boolean setTitle(String title) {
        if (title.isBlank() || title.equals(lesson.title())) return false;
        return apply("edit.title", lesson.withTitle(title.strip()), null, selected);
    }

    // ---- undo ----

    public boolean canUndo() {
        return history.peekUndo().isPresent();
    }

    public boolean canRedo() {
        return history.peekRedo().isPresent();
    }

    /** The bundle key naming what Undo would undo, if anything. */
    public Optional<String> undoLabel() {
        return history.peekUndo().map(LessonEdit::label);
    }

    public Optional<String> redoLabel() {
        return history.peekRedo().map(LessonEdit::label);
    }

    public void undo() {
        history.undo().ifPresent(e -> {
            lesson = e.before();
            if (e.gloss() != null) setGloss(e.gloss().headword(), e.gloss().before());
            selected = e.focus();
            listeners.fire();
        });
    }

    public void redo() {
        history.redo().ifPresent(e -> {
            lesson = e.after();
            if (e.gloss() != null) setGloss(e.gloss().headword(), e.gloss().after());
            selected = e.focus();
            listeners.fire();
        });
    }

    // ---- files ----

    /** Where a lesson is saved when the teacher has not chosen: {@code lessons/ID.json}. */
    public Path defaultFile() {
        return lessonsFolder.resolve(lesson.id() + ".json");
    }

    /** Saves to the lesson's file, or to {@link #defaultFile()} for a new lesson. */
    public boolean save() {
        return saveAs(file != null ? file : defaultFile());
    }

    /** Saves the lesson (and the glossary) to a file; the teacher is told when it fails. */
    public boolean saveAs(Path target) {
        Objects.requireNonNull(lesson, "no lesson to save");
        try {
            files.save(lesson, target);
            glossaryFile.save().ifPresent(m -> dialogs.showInfo(Message.of("glossary.problem.title"), m));
        } catch (LessonFileException e) {
            dialogs.showError(Message.of("save.error.title"), FileProblems.of(e));
            return false;
        }
        file = target;
        history.markSaved();
        settings.addRecentLesson(target);
        listeners.fire();
        return true;
    }

    /** Opens a lesson file, after asking about unsaved changes; the teacher is told when it fails. */
    public boolean open(Path source) {
        if (!confirmDiscard()) return false;
        Lesson loaded;
        try {
            loaded = files.load(source);
        } catch (LessonFileException e) {
            dialogs.showError(Message.of("open.error.title"), FileProblems.of(e));
            return false;
        }
        lesson = loaded;
        file = source;
        history.clear(true);
        selected = "";
        settings.addRecentLesson(source);
        listeners.fire();
        return true;
    }

    /**
     * Asks what to do with unsaved changes: true when the teacher saved them or chose to lose them,
     * false when they cancelled (or saving failed).
     */
    public boolean confirmDiscard() {
        if (!dirty()) return true;
        return switch (dialogs.confirmSave(lesson.title())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The folder lessons are saved in. */
    public Path lessonsFolder() {
        return lessonsFolder;
    }

    // ---- helpers ----

    /** The item with an id. */
    public Item item(String itemId) {
        return lesson.item(itemId).orElseThrow(() -> new IllegalArgumentException("no item " + itemId));
    }

    /** The index of the section holding an item. */
    public int sectionOf(String itemId) {
        List<Section> sections = lesson.sections();
        for (int s = 0; s < sections.size(); s++) {
            if (indexIn(sections.get(s).items(), itemId) >= 0) return s;
        }
        throw new IllegalArgumentException("no item " + itemId);
    }

    private boolean apply(String label, Lesson after, LessonEdit.GlossChange gloss, String focus) {
        if (after.equals(lesson)) return false;
        LessonEdit edit = new LessonEdit(label, lesson, after, gloss, focus);
        history.push(edit);
        lesson = after;
        if (gloss != null) setGloss(gloss.headword(), gloss.after());
        selected = focus;
        listeners.fire();
        return true;
    }

    private void setGloss(String headword, Optional<String> gloss) {
        if (gloss.isPresent()) glossary.put(headword, gloss.get());
        else glossary.remove(headword);
    }

    private Lesson replace(String itemId, Item changed) {
        int s = sectionOf(itemId);
        List<Item> items = new ArrayList<>(lesson.sections().get(s).items());
        items.set(indexIn(items, itemId), changed);
        return withItems(s, items);
    }

    private Lesson withItems(int sectionIndex, List<Item> items) {
        return update(sections -> {
            sections.set(sectionIndex, sections.get(sectionIndex).withItems(items));
            return sections;
        });
    }

    private Lesson update(UnaryOperator<List<Section>> change) {
        return lesson.withSections(change.apply(new ArrayList<>(lesson.sections())));
    }

    private String freshId(String base) {
        Set<String> ids = new HashSet<>();
        lesson.items().forEach(i -> ids.add(i.id()));
        String id = base;
        for (int n = 2; ids.contains(id); n++) id = base + "-" + n;
        return id;
    }

    private static int indexIn(List<Item> items, String itemId) {
        for (int i = 0; i < items.size(); i++) if (items.get(i).id().equals(itemId)) return i;
        return -1;
    }

    private static String sentence(String clause) {
        String s = clause.strip();
        if (s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
    }
}
