package org.maqal.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.maqal.app.Settings;

/**
 * The running window: sets up the look and feel from the settings, shows the main frame, and builds it
 * again when the language or theme changes (the models and the lesson being edited stay).
 */
public final class MaqalApp {
    private final Workbench workbench;
    private final Runnable onExit;
    private MainFrame frame;

    /**
     * @param onExit what to do once the teacher has closed the window (the app exits; tests do nothing)
     */
    public MaqalApp(Workbench workbench, Runnable onExit) {
        this.workbench = workbench;
        this.onExit = onExit;
    }

    /** Sets FlatLaf up with Maqal's styles, light or dark, and a font with Arabic and Latin letters. Call first. */
    public static void setUpLookAndFeel(Settings.Theme theme) {
        FlatLaf.registerCustomDefaultsSource("org.maqal.ui");
        UIManager.put("defaultFont", new FontUIResource(Fonts.interfaceFamily(), Font.PLAIN, 13));
        if (theme == Settings.Theme.DARK) FlatDarkLaf.setup();
        else FlatLightLaf.setup();
    }

    /**
     * Starts the window with as little waiting as possible: a worker builds the models (which make no
     * Swing components) while the calling thread sets up the look and feel; then the corpus is read and
     * analysed in the background while the frame is built and shown on the Swing thread.
     *
     * @param models builds the models; what it throws is thrown here, and nothing is shown
     * @return the app, complete once its window is shown
     */
    public static CompletableFuture<MaqalApp> launch(Settings settings, Callable<Workbench> models, Runnable onExit)
            throws Exception {
        FutureTask<Workbench> building = new FutureTask<>(models);
        Thread worker = new Thread(building, "maqal-start");
        worker.setDaemon(true);
        worker.start();
        setUpLookAndFeel(settings.theme());
        Workbench workbench;
        try {
            workbench = building.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        workbench.corpus().load();
        CompletableFuture<MaqalApp> shown = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            MaqalApp app = new MaqalApp(workbench, onExit);
            app.show();
            shown.complete(app);
        });
        return shown;
    }

    /**
     * Starts reading the corpus in the background unless it is under way, then builds and shows the main
     * window, and then tells the teacher if the glossary could not be used. On the Swing thread.
     */
    public MainFrame show() {
        if (!workbench.corpus().loading()) workbench.corpus().load();
        frame = new MainFrame(workbench, this);
        workbench.dialogs().setParent(frame);
        frame.setVisible(true);
        SwingUtilities.invokeLater(workbench.editor()::tellGlossaryProblem);
        return frame;
    }

    public Workbench workbench() {
        return workbench;
    }

    public MainFrame frame() {
        return frame;
    }

    /** Builds the window again in the settings' language and theme, where the old one was. */
    void rebuild() {
        Rectangle bounds = frame.getBounds();
        int tab = frame.selectedTab();
        List<String> selection = frame.selectedArticleIds();
        setUpLookAndFeel(workbench.settings().theme());
        MainFrame old = frame;
        frame = new MainFrame(workbench, this);
        frame.setBounds(bounds);
        frame.selectTab(tab);
        frame.selectArticles(selection);
        workbench.dialogs().setParent(frame);
        old.release();
        old.dispose();
        frame.setVisible(true);
    }

    /** Closes the window after asking about unsaved changes. */
    void close() {
        if (!workbench.editor().confirmDiscard()) return;
        frame.release();
        frame.dispose();
        onExit.run();
    }
}
