package org.maqal.ui;

import java.awt.Desktop;
import java.awt.Frame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.ExportFormat;
import org.maqal.app.ExportModel;
import org.maqal.app.LessonExporter;
import org.maqal.app.Message;
import org.maqal.app.Texts;
import org.maqal.model.Lesson;

/** Formats, paper and folder; exports with progress and offers to open the folder when done. */
final class ExportDialog extends JDialog {
    private final Workbench wb;
    private final ExportModel model;
    private final Texts texts;
    private final Lesson lesson;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Map<ExportFormat, JCheckBox> formats = new EnumMap<>(ExportFormat.class);
    private final JComboBox<LessonExporter.Paper> paper = new JComboBox<>(LessonExporter.Paper.values());
    private final JTextField folder = new JTextField(28);
    private final JButton choose = new JButton();
    private final JProgressBar progress = new JProgressBar();
    private final JLabel result = new JLabel(" ");
    private final JButton run = new JButton();
    private final JButton openFolder = new JButton();
    private final JButton close = new JButton();

    ExportDialog(Frame owner, Workbench wb, Texts texts, Lesson lesson) {
        super(owner, texts.get("export.title"), true);
        this.wb = wb;
        this.model = wb.export();
        this.texts = texts;
        this.lesson = lesson;
        setName("exportDialog");
        initComponents();
        Orientation.apply(this, texts.rightToLeft());
        subscriptions.watch(model.listeners(), this::modelChanged);
        pack();
        setLocationRelativeTo(owner);
    }

    private void initComponents() {
        CloseHandler.install(this, this::closeDialog);
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2, hidemode 3", "[][grow, fill]"));
        add(new JLabel(texts.get("export.formats")), "aligny top");
        boolean first = true;
        for (ExportFormat f : ExportFormat.values()) {
            JCheckBox box = new JCheckBox(texts.get("export.format." + f.name()));
            box.setName("format" + f.name());
            box.addActionListener(e -> model.setFormat(f, box.isSelected()));
            formats.put(f, box);
            add(box, first ? "" : "skip 1");
            first = false;
        }
        add(new JLabel(texts.get("export.paper")));
        paper.setName("paperCombo");
        paper.setSelectedItem(model.paper());
        paper.addActionListener(e -> model.setPaper((LessonExporter.Paper) paper.getSelectedItem()));
        add(paper, "growx 0");
        add(new JLabel(texts.get("export.folder")));
        folder.setName("folderField");
        folder.setText(model.folder().toString());
        folder.addActionListener(e -> model.setFolder(Path.of(folder.getText().strip())));
        choose.setText(texts.get("export.choose"));
        choose.setName("chooseFolderButton");
        choose.addActionListener(e -> wb.dialogs().chooseFolder(model.folder()).ifPresent(model::setFolder));
        add(folder, "split 2, growx");
        add(choose);
        progress.setName("exportProgress");
        progress.setStringPainted(true);
        add(progress, "span 2, growx, gaptop 8");
        result.setName("exportResult");
        add(result, "span 2");
        run.setText(texts.get("export.run"));
        run.setName("runExportButton");
        run.addActionListener(e -> {
            model.setFolder(Path.of(folder.getText().strip()));
            model.export(lesson);
        });
        openFolder.setText(texts.get("export.openFolder"));
        openFolder.setName("openFolderButton");
        openFolder.addActionListener(e -> openFolder());
        close.setText(texts.get("builder.close"));
        close.setName("closeExportButton");
        close.addActionListener(e -> closeDialog());
        add(run, "span 2, split 3, tag ok");
        add(openFolder, "tag other");
        add(close, "tag cancel");
        getRootPane().setDefaultButton(run);
    }

    private void modelChanged() {
        boolean running = model.task().running();
        formats.forEach((f, box) -> {
            box.setSelected(model.formats().contains(f));
            box.setEnabled(!running);
        });
        if (!folder.isFocusOwner()) folder.setText(model.folder().toString());
        run.setEnabled(!running);
        close.setEnabled(!running);
        progress.setMaximum(Math.max(1, model.task().total()));
        progress.setValue(running ? model.task().done() : model.written().isEmpty() ? 0 : model.task().total());
        progress.setString(running ? texts.get("export.progress", model.task().done(), model.task().total()) : "");
        boolean done = !running && !model.written().isEmpty();
        result.setText(done ? texts.get("export.done", model.written().size(), model.folder()) : " ");
        openFolder.setVisible(done && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN));
    }

    private void openFolder() {
        try {
            Desktop.getDesktop().open(model.folder().toFile());
        } catch (IOException | UnsupportedOperationException e) {
            wb.dialogs().showError(Message.of("export.title"), Message.of("export.openFolderFailed", model.folder()));
        }
    }

    private void closeDialog() {
        if (model.task().running()) return;
        subscriptions.releaseAll();
        dispose();
    }
}
