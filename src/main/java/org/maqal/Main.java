package org.maqal;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.maqal.app.DocumentExporter;
import org.maqal.app.PreferencesStore;
import org.maqal.app.Settings;
import org.maqal.cli.Cli;
import org.maqal.exercise.LessonGenerator;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.ui.MaqalApp;
import org.maqal.ui.StudentApp;
import org.maqal.ui.Workbench;

/**
 * Starts Maqal: with a student copy ({@code LESSON.student.json}) and a display, opens the student view on
 * it; with other arguments, runs the command line; without, opens the window over the current
 * folder ({@code corpus/}, {@code lessons/}, {@code exports/}), or, where there is no display, runs
 * the demo.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].endsWith(StudentCopies.SUFFIX) && !GraphicsEnvironment.isHeadless()) {
            Settings settings = new Settings(PreferencesStore.forUser());
            MaqalApp.setUpLookAndFeel(settings.theme());
            Path copy = Path.of(args[0]).toAbsolutePath();
            SwingUtilities.invokeLater(() -> StudentApp.open(copy, StudentApp.defaultWorkFolder(), settings, () -> System.exit(0)));
            return;
        }
        if (args.length > 0) {
            exit(Cli.run(args));
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.out.println("No display found: running the demo, which writes the worksheet and answer key into exports/.");
            exit(Cli.run("demo"));
            return;
        }
        Settings settings = new Settings(PreferencesStore.forUser());
        try {
            MaqalApp.launch(settings, () -> Workbench.build(Path.of("").toAbsolutePath(), settings, LessonGenerator.standard(),
                    corpus -> new DocumentExporter(corpus::articles)), () -> System.exit(0));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // models that cannot be built: one sentence, no stack trace (a glossary that cannot be read does not
            // stop the window; the teacher is told inside it)
            System.err.println(e.getMessage());
            exit(1);
        }
    }

    private static void exit(int code) {
        if (code != 0) System.exit(code);
    }
}
