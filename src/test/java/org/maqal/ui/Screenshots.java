package org.maqal.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import org.maqal.app.DocumentExporter;
import org.maqal.app.MemoryStore;
import org.maqal.app.OpenAnswer;
import org.maqal.app.Settings;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.student.FeedbackMode;
import org.maqal.lesson.student.StudentCopies;
import org.maqal.model.Claim;
import org.maqal.testing.FakeSections;
import org.maqal.testing.RealHandIns;
import org.maqal.testing.Seeds;

/**
 * Opens each main screen on the display and saves it as a PNG under the folder given (run by
 * {@code src/build/screenshots.sh} under Xvfb). Works on a copy of the corpus; the editor shows the
 * hand-built sample lesson so every item type is there.
 */
public final class Screenshots {
    private final Path out;
    private final Robot robot;
    private Workbench wb;
    private MaqalApp app;

    private Screenshots(Path out) throws Exception {
        this.out = Files.createDirectories(out);
        this.robot = new Robot();
    }

    public static void main(String[] args) throws Exception {
        new Screenshots(Path.of(args.length > 0 ? args[0] : "docs/screenshots")).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path root = Files.createTempDirectory("maqal-screens");
        Seeds.copyCorpusInto(root);
        Settings settings = new Settings(new MemoryStore());
        MaqalApp.setUpLookAndFeel(settings.theme());
        wb = Workbench.build(root, settings, FakeSections.generator(), corpus -> new DocumentExporter(corpus::articles));
        onEdt(() -> {
            app = new MaqalApp(wb, () -> { });
            app.show();
            app.frame().setBounds(0, 0, 1440, 900);
        });
        while (onEdtGet(() -> wb.corpus().analysis().isEmpty())) Thread.sleep(200);
        String first = wb.corpus().articles().get(1).id();

        onEdt(() -> app.frame().selectArticles(List.of(first)));
        clickFirstClaim();
        search("الأطلسي");
        capture(app.frame(), "reader.png");

        onEdt(() -> app.frame().selectArticles(List.of(wb.corpus().articles().get(0).id(), first,
                wb.corpus().articles().get(3).id(), wb.corpus().articles().get(4).id())));
        onEdt(() -> app.frame().selectTab(MainFrame.COMPARISON));
        capture(app.frame(), "comparison.png");
        onEdt(() -> app.frame().selectTab(MainFrame.CLAIMS));
        capture(app.frame(), "claims.png");

        onEdt(() -> app.frame().selectArticles(List.of(first, wb.corpus().articles().get(4).id())));
        SwingUtilities.invokeLater(() -> find(app.frame(), AbstractButton.class, "newLessonButton").doClick());
        Window builder = dialog("builderDialog");
        capture(builder, "builder.png");
        onEdt(builder::dispose);

        onEdt(() -> {
            wb.editor().show(SampleLessons.everyType());
            wb.editor().select("c1");
            app.frame().selectTab(MainFrame.EDITOR);
            JTree tree = find(app.frame(), JTree.class, "lessonTree");
            tree.scrollRowToVisible(0);
        });
        capture(app.frame(), "editor.png");

        SwingUtilities.invokeLater(() -> find(app.frame(), AbstractButton.class, "exportButton").doClick());
        Window export = dialog("exportDialog");
        onEdt(() -> find(export, AbstractButton.class, "runExportButton").doClick());
        while (onEdtGet(() -> wb.export().written().isEmpty())) Thread.sleep(100);
        capture(export, "export.png");
        onEdt(export::dispose);

        captureStudentView(root);
        RealHandIns handIns = RealHandIns.makeIn(root);
        onEdt(() -> wb.editor().show(handIns.lesson()));
        captureGrading(handIns, "grading.png", "grading-answers.png");

        onEdt(() -> {
            wb.settings().setLanguage("ar");
            app.rebuild();
            app.frame().setBounds(0, 0, 1440, 900);
            app.frame().selectArticles(List.of(first));
            app.frame().selectTab(MainFrame.READER);
        });
        clickFirstClaim();
        search("الأطلسي");
        capture(app.frame(), "reader-arabic.png");
        onEdt(() -> {
            app.frame().selectArticles(List.of(wb.corpus().articles().get(0).id(), first,
                    wb.corpus().articles().get(3).id(), wb.corpus().articles().get(4).id()));
            app.frame().selectTab(MainFrame.COMPARISON);
        });
        capture(app.frame(), "comparison-arabic.png");
        onEdt(() -> app.frame().selectArticles(List.of(first)));
        onEdt(() -> app.frame().selectTab(MainFrame.EDITOR));
        capture(app.frame(), "editor-arabic.png");
        captureGrading(handIns, "grading-arabic.png", "grading-answers-arabic.png");
    }

    /** The student view on a copy of the sample lesson, with a few answers given. */
    private void captureStudentView(Path root) throws Exception {
        Path copy = StudentCopies.write(SampleLessons.forStudents(), List.of(SampleLessons.A, SampleLessons.B),
                FeedbackMode.INSTANT, root.resolve("student"));
        AtomicReference<StudentFrame> student = new AtomicReference<>();
        onEdt(() -> {
            StudentFrame frame = StudentApp.open(copy, root.resolve("work"), wb.settings(), () -> { });
            frame.setBounds(0, 0, 1440, 900);
            find(frame, JTextField.class, "nameField").setText("ليلى حداد");
            find(frame, JTextField.class, "classField").setText("10A");
            find(frame, AbstractButton.class, "startButton").doClick();
            find(frame, AbstractButton.class, "true-c2").doClick();
            find(frame, AbstractButton.class, "flag-c5").doClick();
            student.set(frame);
        });
        onEdt(() -> {
            student.get().validate();
            JScrollPane questions = find(student.get(), JScrollPane.class, "questionsScroll");
            Component comprehension = find(student.get(), Component.class, "item-c1");
            questions.getViewport().setViewPosition(new Point(0, comprehension.getY() - 40));
            AbstractButton wrong = find(student.get(), AbstractButton.class, "choice-c1-0");
            wrong.doClick();
        });
        capture(student.get(), "student.png");
        onEdt(() -> student.get().dispose());
    }

    /** The grading screen on real hand-ins: the scores, then an open answer being read and scored. */
    private void captureGrading(RealHandIns handIns, String scores, String answers) throws Exception {
        SwingUtilities.invokeLater(() -> {
            for (Component item : app.frame().getJMenuBar().getMenu(0).getMenuComponents()) {
                if ("gradeMenuItem".equals(item.getName())) ((AbstractButton) item).doClick();
            }
        });
        GradingDialog grading = (GradingDialog) dialog("gradingDialog");
        onEdt(() -> {
            grading.setBounds(0, 0, 1440, 900);
            find(grading, AbstractButton.class, "gradeButton").doClick();
        });
        while (onEdtGet(() -> grading.model().report().isEmpty())) Thread.sleep(100);
        capture(grading, scores);
        onEdt(() -> {
            find(grading, JTabbedPane.class, "gradingTabs").setSelectedIndex(1);
            @SuppressWarnings("unchecked")
            JList<OpenAnswer> list = find(grading, JList.class, "answersList");
            for (int i = 0; i < list.getModel().getSize(); i++) {
                OpenAnswer a = list.getModel().getElementAt(i);
                if (a.itemId().equals(handIns.openQuestion().id()) && a.student().name().equals(RealHandIns.LAYLA)) {
                    list.setSelectedIndex(i);
                }
            }
            find(grading, JTextField.class, "pointsField").setText("2");
            find(grading, JTextField.class, "commentField").setText("فكرة صحيحة، ينقصها دليل من النص.");
        });
        capture(grading, answers);
        onEdt(grading::dispose);
    }

    /** Clicks the claim on the non-combat mission, which other articles repeat and contradict, else the first. */
    private void clickFirstClaim() throws Exception {
        settle();
        AtomicReference<Point> at = new AtomicReference<>();
        onEdt(() -> {
            JTextPane text = find(app.frame(), JTextPane.class, "articleText");
            String id = app.frame().selectedArticleIds().get(0);
            List<Claim> claims = wb.corpus().report(id).orElseThrow().analysis().claims();
            Claim claim = claims.stream().filter(c -> c.text().contains("غير قتالية")).findFirst().orElse(claims.get(0));
            try {
                Rectangle r = text.modelToView2D(claim.span().start() + 3).getBounds();
                Point p = new Point(r.x, r.y + r.height / 2);
                SwingUtilities.convertPointToScreen(p, text);
                at.set(p);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        robot.mouseMove(at.get().x, at.get().y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseMove(5, 890);
    }

    /** Searches the corpus from the reader's search box, as if Enter were pressed. */
    private void search(String text) throws Exception {
        onEdt(() -> {
            JTextField search = find(app.frame(), JTextField.class, "searchField");
            search.setText(text);
            search.postActionEvent();
        });
    }

    private Window dialog(String name) throws Exception {
        for (int i = 0; i < 100; i++) {
            Window found = onEdtGet(() -> {
                for (Window w : Window.getWindows()) if (name.equals(w.getName()) && w.isShowing()) return w;
                return null;
            });
            if (found != null) return found;
            Thread.sleep(100);
        }
        throw new IllegalStateException("no window " + name);
    }

    private void capture(Window window, String file) throws Exception {
        settle();
        Rectangle bounds = onEdtGet(window::getBounds);
        BufferedImage image = robot.createScreenCapture(bounds);
        ImageIO.write(image, "png", out.resolve(file).toFile());
        System.out.println("wrote " + out.resolve(file));
    }

    /** Lets the window lay out and paint before it is captured. */
    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            onEdt(() -> { });
            Thread.sleep(400);
        }
        robot.waitForIdle();
    }

    private static <T extends Component> T find(Container root, Class<T> type, String name) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) return type.cast(c);
            if (c instanceof Container child) {
                T found = find(child, type, name);
                if (found != null) return found;
            }
        }
        if (root instanceof JFrame f) return find(f.getRootPane(), type, name);
        return null;
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    private static <T> T onEdtGet(Callable<T> c) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(c.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }
}
