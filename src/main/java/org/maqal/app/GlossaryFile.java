package org.maqal.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maqal.lesson.AtomicWrite;
import org.maqal.lesson.FileProblem;
import org.maqal.lesson.Glossary;
import org.maqal.lesson.LessonFileException;

/**
 * The teacher's glossary as the window uses it. Opening never stops the window: a glossary file that
 * cannot be read (damaged, cut off, from a newer Maqal, unreadable) leaves the window without glosses,
 * with a problem to tell the teacher, and the file as it is. Saving never destroys that file:
 * <ul>
 *   <li>when the teacher has repaired or restored it meanwhile, its glosses are read back and kept with
 *   those written since;</li>
 *   <li>a file still damaged is kept aside as {@code NAME.damaged-N} ({@link Glossary#setAside}) and a
 *   new glossary holds the glosses written since and those of its backup ({@code NAME.bak}), so that
 *   the next save, which replaces the backup, loses none of them (a backup that cannot be read is kept
 *   aside as well);</li>
 *   <li>a file from a newer Maqal, or one that cannot be read at all, is not written: the glosses stay in
 *   the lessons that use them.</li>
 * </ul>
 * Not thread-safe: the lesson editor owns it.
 */
public final class GlossaryFile {
    /** The problems after which a new glossary is started and the old file kept aside. */
    private static final Set<FileProblem> SET_ASIDE = Set.of(FileProblem.DAMAGED, FileProblem.TOO_LARGE,
            FileProblem.WRONG_KIND, FileProblem.LESSON_FILE);

    private final Path file;
    private final Glossary glossary;
    private LessonFileException problem;

    private GlossaryFile(Path file, Glossary glossary, LessonFileException problem) {
        this.file = file;
        this.glossary = glossary;
        this.problem = problem;
    }

    /** The glossary in a file: its glosses, or none and the reason when the file cannot be used. Never fails. */
    public static GlossaryFile open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new GlossaryFile(file, Glossary.load(file), null);
        } catch (LessonFileException e) {
            return new GlossaryFile(file, Glossary.empty(), e);
        }
    }

    /** A glossary of a file, as given (for tests and for a window opened without a file's problems). */
    public static GlossaryFile of(Path file, Glossary glossary) {
        return new GlossaryFile(Objects.requireNonNull(file, "file"), Objects.requireNonNull(glossary, "glossary"), null);
    }

    public Path file() {
        return file;
    }

    /** The glosses in use: the file's, or those written since a file that could not be read. */
    public Glossary glossary() {
        return glossary;
    }

    /** Why the file could not be used, while it still cannot. */
    public Optional<LessonFileException> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * What the teacher is told when the window opens with a glossary it cannot use: the file, what is
     * wrong, what to do, and what saving will do meanwhile.
     */
    public Optional<Message> problemMessage() {
        if (problem == null) return Optional.empty();
        Message then = SET_ASIDE.contains(problem.problem())
                ? Message.of("glossary.problem.setAside", String.valueOf(Glossary.asideName(file).getFileName()))
                : Message.of("glossary.problem.notSaved");
        return Optional.of(Message.of("glossary.problem", FileProblems.of(problem), then));
    }

    /**
     * Saves the glossary as the class comment says.
     *
     * @return what the teacher is told when a damaged file was kept aside, else empty
     * @throws LessonFileException when the glossary or the renaming cannot be written
     */
    public Optional<Message> save() throws LessonFileException {
        if (problem == null) {
            glossary.save(file);
            return Optional.empty();
        }
        Glossary now;
        try {
            now = Glossary.load(file);
        } catch (LessonFileException still) {
            problem = still;
            if (!SET_ASIDE.contains(still.problem())) return Optional.empty();
            Path aside = Glossary.setAside(file);
            problem = null;
            keep(fromBackup());
            glossary.save(file);
            return Optional.of(Message.of("glossary.setAside", String.valueOf(file.getFileName()),
                    String.valueOf(aside.getFileName())));
        }
        keep(now);
        problem = null;
        glossary.save(file);
        return Optional.empty();
    }

    /** The glosses of the backup, or none when there is none or it cannot be read (it is then kept aside). */
    private Glossary fromBackup() throws LessonFileException {
        Path backup = AtomicWrite.backupOf(file);
        try {
            return Glossary.load(backup);
        } catch (LessonFileException e) {
            if (Files.exists(backup)) Glossary.setAside(backup);
            return Glossary.empty();
        }
    }

    /** Adds the glosses of another glossary for the headwords written here without one. */
    private void keep(Glossary other) {
        other.entries().forEach((headword, gloss) -> {
            if (glossary.gloss(headword).isEmpty()) glossary.put(headword, gloss);
        });
    }
}
