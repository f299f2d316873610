package org.maqal.ui;

import java.awt.ComponentOrientation;
import java.awt.font.TextAttribute;
import java.awt.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.GradingModel;
import org.maqal.app.Settings;
import org.maqal.app.Texts;
import org.maqal.export.gradebook.GradebookWriter;
import org.maqal.lesson.LessonFiles;
import org.maqal.lesson.grading.Grader;
import org.maqal.lesson.grading.Unreadable;

/**
 * The grading screen: the lesson (the one being edited, or another) and the class folder; grading with
 * progress; the scores per student and item; the answers to read and score; the files not graded; and
 * the gradebook export. Not modal, so the teacher can look at the lesson meanwhile.
 */
final class GradingDialog extends JDialog {
    private static final int SCORES = 0;
    private static final int ANSWERS = 1;
    private static final int UNREADABLE = 2;

    private final GradingModel model;
    private final Texts texts;
    private final SwingDialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();
    private final JLabel lesson = new JLabel();
    private final JTextField folder = new JTextField(36);
    private final JButton chooseLesson = new JButton();
    private final JButton chooseFolder = new JButton();
    private final Settings settings;
    private final JButton grade = new JButton();
    private final JButton cancel = new JButton();
    private final JProgressBar progress = new JProgressBar();
    private final JTabbedPane tabs = new JTabbedPane();
    private final ScoresTable scores;
    private final OpenAnswerPanel answers;
    private final DefaultTableModel unreadable;
    private final JLabel summary = new JLabel(" ");
    private final JButton export = new JButton();
    private final JButton close = new JButton();

    GradingDialog(Frame owner, Workbench wb, Texts texts) {
        super(owner, texts.get("grading.title"), false);
        this.texts = texts;
        this.settings = wb.settings();
        this.dialogs = new SwingDialogService(() -> texts);
        dialogs.setParent(this);
        Path handIns = wb.root().resolve("handins");
        Path classFolder = wb.settings().classFolder().orElse(Files.isDirectory(handIns) ? handIns : wb.root());
        this.model = new GradingModel(wb.editor().lesson().orElse(null), classFolder,
                wb.editor().lessonsFolder(), new Grader(), new GradebookWriter(), new LessonFiles(), wb.runner(), dialogs,
                Clock.systemUTC());
        this.scores = new ScoresTable(texts);
        this.answers = new OpenAnswerPanel(model, texts, dialogs);
        this.unreadable = new DefaultTableModel(new Object[] {texts.get("grading.unreadable.file"),
                texts.get("grading.unreadable.reason")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        setName("gradingDialog");
        initComponents();
        Orientation.apply(this, texts.rightToLeft());
        folder.setComponentOrientation(ComponentOrientation.LEFT_TO_RIGHT);
        // A path reads left to right even in the Arabic window: its leading "/" stays on the left.
        folder.getDocument().putProperty(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_LTR);
        subscriptions.watch(model.listeners(), this::modelChanged);
        setSize(1280, 800);
        setLocationRelativeTo(owner);
    }

    /** The model behind the screen, for tests. */
    GradingModel model() {
        return model;
    }

    private void initComponents() {
        CloseHandler.install(this, this::closeDialog);
        lesson.setName("gradingLessonLabel");
        lesson.putClientProperty("FlatLaf.styleClass", "h4");
        folder.setName("gradingFolderField");
        folder.setEditable(false);
        button(chooseLesson, "grading.chooseLesson", "chooseLessonButton", model::chooseLesson);
        button(chooseFolder, "grading.chooseFolder", "chooseFolderButton", () -> {
            if (answers.keepTyped() && model.chooseFolder()) settings.setClassFolder(model.folder());
        });
        button(grade, "grading.run", "gradeButton", () -> {
            if (answers.keepTyped()) model.grade();
        });
        button(cancel, "grading.cancel", "cancelGradingButton", () -> model.task().cancel());
        button(export, "grading.export", "exportGradebookButton", () -> {
            if (answers.keepTyped()) model.exportGradebook();
        });
        button(close, "grading.close", "closeGradingButton", this::closeDialog);
        progress.setName("gradingProgress");
        progress.setStringPainted(true);

        JTable files = new JTable(unreadable);
        files.setName("unreadableTable");
        files.setRowHeight(24);
        files.getColumnModel().getColumn(0).setPreferredWidth(260);
        files.getColumnModel().getColumn(1).setPreferredWidth(860);
        tabs.setName("gradingTabs");
        tabs.addTab(texts.get("grading.tab.scores"), scoresTab());
        tabs.addTab(texts.get("grading.tab.answers", 0), answers);
        tabs.addTab(texts.get("grading.tab.unreadable", 0), new JScrollPane(files));

        JPanel lessonRow = new JPanel(new MigLayout("insets 0, fillx", "[][grow][]"));
        lessonRow.add(new JLabel(texts.get("grading.lesson")));
        lessonRow.add(lesson, "wmin 100");
        lessonRow.add(chooseLesson, "sg top");
        JPanel folderRow = new JPanel(new MigLayout("insets 0, fillx, hidemode 3", "[][grow,fill][][][][]"));
        folderRow.add(new JLabel(texts.get("grading.folder")));
        folderRow.add(folder, "wmin 100");
        folderRow.add(chooseFolder, "sg top");
        folderRow.add(grade, "sg top");
        folderRow.add(progress, "w 200!");
        folderRow.add(cancel);
        JPanel bottomRow = new JPanel(new MigLayout("insets 0, fillx", "[grow][][]"));
        bottomRow.add(summary, "wmin 100");
        bottomRow.add(export);
        bottomRow.add(close, "sg top");
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][][grow,fill][]"));
        content.add(lessonRow);
        content.add(folderRow);
        content.add(tabs);
        content.add(bottomRow);
        setContentPane(content);
        getRootPane().setDefaultButton(grade);
    }

    private JComponent scoresTab() {
        JPanel panel = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[grow,fill][]"));
        panel.add(new JScrollPane(scores));
        JLabel legend = new JLabel(texts.get("grading.legend"));
        legend.setName("gradingLegend");
        panel.add(legend);
        return panel;
    }

    private void button(JButton button, String key, String name, Runnable action) {
        button.setText(texts.get(key));
        button.setName(name);
        button.addActionListener(e -> action.run());
    }

    private void modelChanged() {
        lesson.setText(model.lesson().map(l -> l.title()).orElse(texts.get("grading.lesson.none")));
        folder.setText(model.folder().toString());
        boolean busy = model.busy();
        progress.setVisible(model.task().running());
        cancel.setVisible(model.task().running());
        progress.setIndeterminate(model.task().total() == 0);
        progress.setMaximum(Math.max(1, model.task().total()));
        progress.setValue(model.task().done());
        progress.setString(model.task().total() == 0 ? "" : texts.get("grading.progress", model.task().done(), model.task().total()));
        for (JButton b : new JButton[] {chooseLesson, chooseFolder, grade}) b.setEnabled(!busy);
        export.setEnabled(!busy && model.report().isPresent());
        scores.show(model.scores().orElse(null));
        answers.refresh();
        unreadable.setRowCount(0);
        for (Unreadable u : model.unreadable()) unreadable.addRow(new Object[] {u.file().getFileName().toString(), model.reason(u).in(texts)});
        tabs.setTitleAt(ANSWERS, texts.get("grading.tab.answers", model.unmarked()));
        tabs.setTitleAt(UNREADABLE, texts.get("grading.tab.unreadable", model.unreadable().size()));
        summary.setText(model.report().map(r -> texts.get("grading.summary", r.students().size(), model.unmarked(),
                r.unreadable().size())).orElse(texts.get("grading.empty")));
    }

    private void closeDialog() {
        if (model.busy()) {
            model.task().cancel();
            if (model.exporting()) return;
        }
        if (!answers.keepTyped()) return;
        subscriptions.releaseAll();
        dispose();
    }
}
