package org.maqal.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.SwingUtilities;
import org.maqal.app.Settings;
import org.maqal.app.StudentModel;
import org.maqal.app.TaskRunner;
import org.maqal.app.Texts;

/** Starts the student view on a student copy, with nothing of the teacher's window. */
public final class StudentApp {
    private StudentApp() {
    }

    /** Where this computer keeps students' work in progress: {@code ~/.maqal/work}. */
    public static Path defaultWorkFolder() {
        return Path.of(System.getProperty("user.home"), ".maqal", "work");
    }

    /**
     * Opens the copy and shows the student window, on the Swing thread; when the copy cannot be read,
     * tells the student and runs {@code onExit}.
     *
     * @return the window, or null when the copy could not be opened
     */
    public static StudentFrame open(Path copyFile, Path workFolder, Settings settings, Runnable onExit) {
        Texts texts = Texts.of(settings.language());
        SwingDialogService dialogs = new SwingDialogService(() -> texts);
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "maqal-student-task");
            t.setDaemon(true);
            return t;
        });
        StudentModel model = new StudentModel(workFolder, new TaskRunner(workers, SwingUtilities::invokeLater), dialogs);
        if (!model.open(copyFile)) {
            onExit.run();
            return null;
        }
        StudentFrame frame = new StudentFrame(model, texts, dialogs, onExit);
        frame.setVisible(true);
        return frame;
    }
}
