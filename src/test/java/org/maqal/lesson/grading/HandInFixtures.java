package org.maqal.lesson.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The fixed hand-ins of {@code src/test/resources/org/maqal/lesson/grading/handins}, for the lesson
 * {@link org.maqal.lesson.SampleLessons#forStudents()} (22 points): Layla Haddad (10A, everything
 * right in spelling variants, her open answer marked 3 in the marks file, 19 points, a table's open
 * cells to mark), Omar Khalil (10A, wrong answers, 1⅔ points), Sara Ali (10B, handed in twice; the
 * second, 5 points, counts), Youssef Nasser (10B, 4 points, ال added where it is not optional), and
 * three files that cannot be graded: a cut-off hand-in, a hand-in for another lesson, a note.
 */
public final class HandInFixtures {
    private HandInFixtures() {
    }

    /** A fresh copy of the fixture folder in {@code into}. */
    public static Path copyTo(Path into) {
        try {
            Path source = Path.of(HandInFixtures.class.getResource("handins").toURI());
            Path target = Files.createDirectories(into.resolve("handins"));
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) Files.copy(f, target.resolve(f.getFileName().toString()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
