package org.maqal.ui;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.maqal.app.DialogService;
import org.maqal.app.Message;
import org.maqal.app.Texts;

/** The models' questions and messages as Swing dialogs over the main window, in its language. */
public final class SwingDialogService implements DialogService {
    private final Supplier<Texts> texts;
    private Component parent;

    public SwingDialogService(Supplier<Texts> texts) {
        this.texts = texts;
    }

    void setParent(Component parent) {
        this.parent = parent;
    }

    @Override
    public void showError(Message title, Message message) {
        JOptionPane.showMessageDialog(parent, wrap(message.in(texts.get())), title.in(texts.get()), JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public void showInfo(Message title, Message message) {
        JOptionPane.showMessageDialog(parent, wrap(message.in(texts.get())), title.in(texts.get()), JOptionPane.INFORMATION_MESSAGE);
    }

    @Override
    public SaveChoice confirmSave(String lessonTitle) {
        Texts t = texts.get();
        Object[] options = {t.get("unsaved.save"), t.get("unsaved.discard"), t.get("unsaved.cancel")};
        int answer = JOptionPane.showOptionDialog(parent, t.get("unsaved.question", lessonTitle), t.get("unsaved.title"),
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[0]);
        return switch (answer) {
            case 0 -> SaveChoice.SAVE;
            case 1 -> SaveChoice.DISCARD;
            default -> SaveChoice.CANCEL;
        };
    }

    @Override
    public boolean confirm(Message title, Message question) {
        return JOptionPane.showConfirmDialog(parent, wrap(question.in(texts.get())), title.in(texts.get()),
                JOptionPane.YES_NO_OPTION) == JOptionPane.YES_OPTION;
    }

    @Override
    public List<Path> chooseFilesToImport(Path startFolder) {
        JFileChooser chooser = chooser(startFolder);
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get().get("file.articles"), "txt", "docx", "html", "htm"));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) return List.of();
        return Arrays.stream(chooser.getSelectedFiles()).map(f -> f.toPath()).toList();
    }

    @Override
    public Optional<Path> chooseLessonToOpen(Path startFolder) {
        JFileChooser chooser = chooser(startFolder);
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get().get("file.lessons"), "json"));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) return Optional.empty();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    @Override
    public Optional<Path> chooseLessonToSave(Path suggested) {
        return chooseFileToSave(suggested, Message.of("file.lessons"), "json");
    }

    @Override
    public Optional<Path> chooseFileToSave(Path suggested, Message kind, String extension) {
        JFileChooser chooser = chooser(suggested.getParent());
        chooser.setSelectedFile(suggested.toFile());
        chooser.setFileFilter(new FileNameExtensionFilter(kind.in(texts.get()), extension));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) return Optional.empty();
        Path chosen = chooser.getSelectedFile().toPath();
        return Optional.of(chosen.toString().endsWith("." + extension) ? chosen : Path.of(chosen + "." + extension));
    }

    @Override
    public Optional<Path> chooseFolder(Path startFolder) {
        JFileChooser chooser = chooser(startFolder);
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) return Optional.empty();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    private JFileChooser chooser(Path folder) {
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toAbsolutePath().toFile());
        chooser.setName("fileChooser");
        chooser.applyComponentOrientation(parent == null ? chooser.getComponentOrientation() : parent.getComponentOrientation());
        return chooser;
    }

    /** Long messages wrap at about 70 characters so dialogs stay readable. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            int col = 0;
            for (String word : line.split(" ")) {
                if (col > 0 && col + word.length() > 70) {
                    out.append('\n');
                    col = 0;
                } else if (col > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(word);
                col += word.length();
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }
}
