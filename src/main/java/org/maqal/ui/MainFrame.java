package org.maqal.ui;

import java.awt.BorderLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.LessonEditorModel;
import org.maqal.app.Message;
import org.maqal.app.Texts;
import org.maqal.lesson.student.StudentCopies;

/** The main window: the corpus on one side, the work area (reader, lesson, comparison, claims) beside it. */
public final class MainFrame extends JFrame {
    static final int READER = 0;
    static final int EDITOR = 1;
    static final int COMPARISON = 2;
    static final int CLAIMS = 3;
    private static final int CORPUS_WIDTH = 390;

    private final Workbench wb;
    private final MaqalApp app;
    private final Texts texts;
    private final Subscriptions subscriptions = new Subscriptions();
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel status = new JLabel();
    private final JMenu recentMenu = new JMenu();
    private CorpusPanel corpusPanel;
    private ReaderPanel readerPanel;
    private LessonEditorPanel editorPanel;
    private ComparisonPanel comparisonPanel;
    private ClaimTrackerPanel claimsPanel;
    private Action save;
    private Action saveAs;
    private Action export;
    private Action undo;
    private Action redo;

    MainFrame(Workbench wb, MaqalApp app) {
        super(wb.texts().get("app.title"));
        this.wb = wb;
        this.app = app;
        this.texts = wb.texts();
        setName("mainFrame");
        initComponents();
        subscriptions.watch(wb.editor().listeners(), this::editorChanged);
        subscriptions.watch(wb.corpus().listeners(), this::corpusChanged);
        subscriptions.watch(wb.settings().listeners(), this::fillRecent);
        Orientation.apply(this, texts.rightToLeft());
    }

    private void initComponents() {
        CloseHandler.install(this, app::close);
        Action newLesson = Actions.of(texts, "newLesson", "ctrl N", "new", this::newLesson);
        Action open = Actions.of(texts, "open", "ctrl O", "open", this::openLesson);
        save = Actions.of(texts, "save", "ctrl S", "save", () -> wb.editor().save());
        saveAs = Actions.of(texts, "saveAs", "ctrl shift S", null, this::saveAs);
        Action importFiles = Actions.of(texts, "import", "ctrl I", "import", this::importFiles);
        export = Actions.of(texts, "export", "ctrl E", "export", this::export);
        Action grade = Actions.of(texts, "grade", "ctrl G", null, () -> new GradingDialog(this, wb, texts).setVisible(true));
        undo = Actions.of(texts, "undo", "ctrl Z", "undo", () -> wb.editor().undo());
        redo = Actions.of(texts, "redo", "ctrl Y", "redo", () -> wb.editor().redo());
        Action compare = Actions.of(texts, "compare", "ctrl M", "compare", () -> tabs.setSelectedIndex(COMPARISON));
        Action settings = Actions.of(texts, "settings", "ctrl COMMA", "settings", this::settings);
        Action exit = Actions.of(texts, "exit", "ctrl Q", null, app::close);
        Action about = Actions.of(texts, "about", null, null, () -> wb.dialogs().showInfo(
                Message.of("app.title"), Message.of("about.text")));

        JMenuBar bar = new JMenuBar();
        JMenu file = menu("menu.file", "fileMenu");
        recentMenu.setText(texts.get("menu.recent"));
        recentMenu.setName("recentMenu");
        file.add(item(newLesson, "newLessonMenuItem"));
        file.add(item(open, "openMenuItem"));
        file.add(recentMenu);
        file.add(item(save, "saveMenuItem"));
        file.add(item(saveAs, "saveAsMenuItem"));
        file.addSeparator();
        file.add(item(importFiles, "importMenuItem"));
        file.add(item(export, "exportMenuItem"));
        file.add(item(grade, "gradeMenuItem"));
        file.addSeparator();
        file.add(item(settings, "settingsMenuItem"));
        file.addSeparator();
        file.add(item(exit, "exitMenuItem"));
        JMenu edit = menu("menu.edit", "editMenu");
        edit.add(item(undo, "undoMenuItem"));
        edit.add(item(redo, "redoMenuItem"));
        JMenu view = menu("menu.view", "viewMenu");
        view.add(item(compare, "compareMenuItem"));
        JMenu help = menu("menu.help", "helpMenu");
        help.add(item(about, "aboutMenuItem"));
        bar.add(file);
        bar.add(edit);
        bar.add(view);
        bar.add(help);
        setJMenuBar(bar);

        JToolBar toolBar = new JToolBar();
        toolBar.setFloatable(false);
        toolBar.setName("toolBar");
        for (Action a : List.of(newLesson, open, save, export)) toolBar.add(a).setName(a.getValue(Action.ACTION_COMMAND_KEY) + "Button");
        toolBar.addSeparator();
        for (Action a : List.of(undo, redo)) toolBar.add(a).setName(a.getValue(Action.ACTION_COMMAND_KEY) + "Button");
        toolBar.addSeparator();
        for (Action a : List.of(importFiles, compare)) toolBar.add(a).setName(a.getValue(Action.ACTION_COMMAND_KEY) + "Button");

        readerPanel = new ReaderPanel(wb, texts);
        editorPanel = new LessonEditorPanel(wb, texts);
        comparisonPanel = new ComparisonPanel(wb, texts);
        claimsPanel = new ClaimTrackerPanel(wb, texts);
        corpusPanel = new CorpusPanel(wb, texts, this::articlesSelected, this::importPaths);
        tabs.setName("workTabs");
        tabs.addTab(texts.get("tab.reader"), readerPanel);
        tabs.addTab(texts.get("tab.editor"), editorPanel);
        tabs.addTab(texts.get("tab.comparison"), comparisonPanel);
        tabs.addTab(texts.get("tab.claims"), claimsPanel);

        JSplitPane split = Orientation.split("mainSplit", corpusPanel, tabs, 0, texts.rightToLeft());
        status.setName("statusLabel");

        getContentPane().setLayout(new BorderLayout());
        getContentPane().add(toolBar, BorderLayout.PAGE_START);
        getContentPane().add(split, BorderLayout.CENTER);
        JPanel statusBar = new JPanel(new MigLayout("insets 2 8 2 8, fill"));
        statusBar.add(status, "growx");
        getContentPane().add(statusBar, BorderLayout.PAGE_END);
        setSize(1360, 860);
        split.setDividerLocation(texts.rightToLeft() ? getWidth() - CORPUS_WIDTH - 20 : CORPUS_WIDTH);
        setLocationByPlatform(true);
    }

    private JMenu menu(String key, String name) {
        JMenu menu = new JMenu(texts.get(key));
        menu.setName(name);
        return menu;
    }

    private static JMenuItem item(Action action, String name) {
        JMenuItem item = new JMenuItem(action);
        item.setName(name);
        return item;
    }

    private void articlesSelected(List<String> ids) {
        wb.builder().setArticleIds(ids);
        readerPanel.show(ids.isEmpty() ? null : ids.get(0));
        comparisonPanel.show(ids);
    }

    private void corpusChanged() {
        status.setText(wb.corpus().loading() ? texts.get("app.loading") : "");
    }

    private void editorChanged() {
        LessonEditorModel editor = wb.editor();
        boolean has = editor.lesson().isPresent();
        save.setEnabled(has);
        saveAs.setEnabled(has);
        export.setEnabled(has);
        undo.setEnabled(editor.canUndo());
        redo.setEnabled(editor.canRedo());
        undo.putValue(Action.NAME, editor.undoLabel().map(k -> texts.get("action.undoNamed", texts.get(k))).orElse(texts.get("action.undo")));
        redo.putValue(Action.NAME, editor.redoLabel().map(k -> texts.get("action.redoNamed", texts.get(k))).orElse(texts.get("action.redo")));
        String title = texts.get("app.title");
        if (has) title += " — " + editor.lesson().get().title() + (editor.dirty() ? " *" : "");
        setTitle(title);
    }

    private void fillRecent() {
        recentMenu.removeAll();
        List<Path> recent = wb.settings().recentLessons().stream().filter(Files::isRegularFile).toList();
        if (recent.isEmpty()) {
            JMenuItem none = new JMenuItem(texts.get("menu.recent.none"));
            none.setEnabled(false);
            recentMenu.add(none);
        }
        for (int i = 0; i < recent.size(); i++) {
            Path p = recent.get(i);
            JMenuItem item = new JMenuItem(p.getFileName().toString());
            item.setToolTipText(p.toString());
            item.setName("recentLesson" + i);
            item.addActionListener(e -> openFile(p));
            recentMenu.add(item);
        }
        recentMenu.applyComponentOrientation(getComponentOrientation());
    }

    private void newLesson() {
        new LessonBuilderDialog(this, wb, texts, corpusPanel.selectedIds(), lesson -> {
            if (!wb.editor().confirmDiscard()) return;
            wb.editor().show(lesson);
            tabs.setSelectedIndex(EDITOR);
        }).setVisible(true);
    }

    private void openLesson() {
        wb.dialogs().chooseLessonToOpen(wb.editor().lessonsFolder()).ifPresent(this::openFile);
    }

    private void openFile(Path file) {
        if (file.getFileName().toString().endsWith(StudentCopies.SUFFIX)) {
            StudentApp.open(file, StudentApp.defaultWorkFolder(), wb.settings(), () -> { });
            return;
        }
        if (wb.editor().open(file)) tabs.setSelectedIndex(EDITOR);
    }

    private void saveAs() {
        wb.dialogs().chooseLessonToSave(wb.editor().file().orElse(wb.editor().defaultFile())).ifPresent(wb.editor()::saveAs);
    }

    private void importFiles() {
        List<Path> files = wb.dialogs().chooseFilesToImport(wb.root());
        if (!files.isEmpty()) importPaths(files);
    }

    private void importPaths(List<Path> files) {
        wb.corpus().importFiles(files);
    }

    private void export() {
        wb.editor().lesson().ifPresent(lesson -> new ExportDialog(this, wb, texts, lesson).setVisible(true));
    }

    private void settings() {
        if (new SettingsDialog(this, wb.settings(), texts).ask()) app.rebuild();
        else readerPanel.applyTextSize();
    }

    int selectedTab() {
        return tabs.getSelectedIndex();
    }

    void selectTab(int index) {
        tabs.setSelectedIndex(index);
    }

    List<String> selectedArticleIds() {
        return corpusPanel.selectedIds();
    }

    void selectArticles(List<String> ids) {
        corpusPanel.select(ids);
    }

    /** Drops the window's subscriptions to the models, before it is disposed. */
    void release() {
        subscriptions.releaseAll();
        corpusPanel.release();
        readerPanel.release();
        editorPanel.release();
        comparisonPanel.release();
        claimsPanel.release();
    }
}
