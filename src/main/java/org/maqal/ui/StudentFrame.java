package org.maqal.ui;

import java.awt.CardLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.StudentModel;
import org.maqal.app.Texts;
import org.maqal.lesson.student.StudentCopy;
import org.maqal.lesson.student.StudentItem;
import org.maqal.lesson.student.StudentSession;
import org.maqal.text.Numerals;

/**
 * The student's window on a student copy: first who is answering (name and class), then the article
 * beside the questions, right to left, with progress, flags, feedback where the copy allows it and the
 * hand-in. It reaches no teacher screen. Closing it saves the answers.
 */
public final class StudentFrame extends JFrame {
    private static final String WHO = "who";
    private static final String WORK = "work";

    private final StudentModel model;
    private final Texts texts;
    private final SwingDialogService dialogs;
    private final Runnable onExit;
    private final boolean rightToLeft;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final JTextField nameField = new JTextField(24);
    private final JTextField classField = new JTextField(12);
    private final JLabel progress = new JLabel();
    private final JLabel flagged = new JLabel();
    private final JLabel saved = new JLabel();
    private final List<StudentItemPanel> items = new ArrayList<>();
    private final Subscriptions subscriptions = new Subscriptions();

    /**
     * @param model  a model with a copy open
     * @param onExit what to do once the window has closed (the app exits; tests do nothing)
     */
    public StudentFrame(StudentModel model, Texts texts, SwingDialogService dialogs, Runnable onExit) {
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
        this.onExit = onExit;
        StudentCopy copy = model.copy().orElseThrow(() -> new IllegalStateException("no student copy is open"));
        this.rightToLeft = texts.rightToLeft() || copy.language() == org.maqal.model.Language.AR;
        setName("studentFrame");
        setTitle(texts.get("student.title", copy.title()));
        CloseHandler.install(this, this::close);
        initComponents(copy);
        dialogs.setParent(this);
        setSize(1280, 820);
        setLocationByPlatform(true);
    }

    private void initComponents(StudentCopy copy) {
        JComponent who = whoPanel(copy);
        content.add(who, WHO);
        content.add(workPanel(copy), WORK);
        setContentPane(content);
        Orientation.apply(content, rightToLeft);
        // the sign-in card holds only the interface's own words, so it reads in the interface's direction
        // (an English hint laid out right to left put its full stop at the start of the line)
        Orientation.apply(who, texts.rightToLeft());
        model.lastStudent().ifPresent(s -> {
            nameField.setText(s.name());
            classField.setText(s.className());
        });
        cards.show(content, WHO);
    }

    private JComponent whoPanel(StudentCopy copy) {
        JPanel panel = new JPanel(new MigLayout("insets dialog, wrap 2, alignx center, aligny center", "[right][grow,fill]"));
        JLabel title = new JLabel(copy.title());
        title.putClientProperty("FlatLaf.styleClass", "h1");
        panel.add(title, "span 2, alignx center, gapbottom 12");
        panel.add(new JLabel(texts.get("student.who")), "span 2, alignx leading");
        WrappedText hint = WrappedText.reading(texts.get("student.who.hint"));
        hint.setName("whoHint");
        panel.add(hint, "span 2, alignx leading, wmin 300, gapbottom 8");
        nameField.setName("nameField");
        classField.setName("classField");
        panel.add(new JLabel(texts.get("student.name")));
        panel.add(nameField);
        panel.add(new JLabel(texts.get("student.class")));
        panel.add(classField);
        JButton start = new JButton(texts.get("student.start"));
        start.setName("startButton");
        start.addActionListener(e -> begin());
        nameField.addActionListener(e -> begin());
        classField.addActionListener(e -> begin());
        panel.add(start, "span 2, alignx center, gaptop 12");
        return panel;
    }

    private JComponent workPanel(StudentCopy copy) {
        JPanel panel = new JPanel(new MigLayout("insets 8, fill", "[grow,fill]", "[][grow,fill]"));
        JPanel bar = new JPanel(new MigLayout("insets 0", "[][][grow][][]"));
        JLabel title = Orientation.arabic(new JLabel(copy.title()));
        title.putClientProperty("FlatLaf.styleClass", "h3");
        progress.setName("progressLabel");
        flagged.setName("flaggedLabel");
        saved.setName("saveLabel");
        JButton handIn = new JButton(texts.get("student.handIn"));
        handIn.setName("handInButton");
        handIn.addActionListener(e -> model.handIn());
        bar.add(title, "gapafter 16");
        bar.add(progress, "gapafter 16");
        bar.add(flagged);
        bar.add(saved, "gapafter 16");
        bar.add(handIn);
        panel.add(bar, "wrap");
        JSplitPane split = Orientation.split("studentSplit", articlePane(copy), questionsPane(copy), 0.45, rightToLeft);
        panel.add(split);
        return panel;
    }

    private JComponent articlePane(StudentCopy copy) {
        StringBuilder text = new StringBuilder();
        for (StudentCopy.Article a : copy.articles()) {
            if (!text.isEmpty()) text.append("\n\n");
            String body = a.text().strip();
            if (a.title() != null && body.startsWith(a.title())) body = body.substring(a.title().length()).strip();
            text.append(a.title()).append('\n')
                    .append(String.join(" · ", Stream.of(a.outlet(), a.date()).filter(s -> s != null && !s.isBlank()).toList()))
                    .append("\n\n").append(body);
        }
        JTextArea article = Orientation.arabic(new JTextArea(text.toString()));
        article.setName("articleText");
        article.setEditable(false);
        article.setLineWrap(true);
        article.setWrapStyleWord(true);
        article.setFont(Fonts.reading(17));
        article.setCaretPosition(0);
        return new JScrollPane(article);
    }

    private JComponent questionsPane(StudentCopy copy) {
        WidthTrackingPanel list = new WidthTrackingPanel(new MigLayout("insets 8, wrap 1", "[grow,fill]"));
        int number = 1;
        for (StudentCopy.Section section : copy.sections()) {
            String instructions = copy.instructions(section);
            if (!instructions.isBlank()) {
                JLabel heading = Orientation.arabic(new JLabel(instructions));
                heading.putClientProperty("FlatLaf.styleClass", "h4");
                list.add(heading, "gaptop 12, wmin 100");
            }
            for (StudentItem item : section.items()) {
                StudentItemPanel panel = new StudentItemPanel(model, item, Numerals.of(number++, copy.language()), section.wordBank(), texts);
                items.add(panel);
                list.add(panel, "wmin 100");
            }
        }
        JScrollPane scroll = new JScrollPane(list);
        scroll.setName("questionsScroll");
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        return scroll;
    }

    private void begin() {
        if (!model.begin(nameField.getText(), classField.getText())) return;
        items.forEach(StudentItemPanel::showAnswer);
        subscriptions.watch(model.listeners(), this::showState);
        cards.show(content, WORK);
    }

    private void showState() {
        if (!model.started()) return;
        StudentSession.Tally tally = model.tally();
        progress.setText(texts.get("student.progress", tally.answered(), tally.total()));
        flagged.setText(tally.flagged() == 0 ? "" : texts.get("student.flagged", tally.flagged()));
        saved.setText(texts.get(switch (model.saveState()) {
            case SAVED -> "student.saved";
            case SAVING -> "student.saving";
            case FAILED -> "student.saveFailed";
        }));
        saved.setToolTipText(model.saveProblem().map(p -> p.in(texts)).orElse(null));
        items.forEach(StudentItemPanel::showState);
    }

    /** Saves the answers and closes the window. */
    void close() {
        if (!model.close()) return;
        subscriptions.releaseAll();
        dispose();
        onExit.run();
    }
}
