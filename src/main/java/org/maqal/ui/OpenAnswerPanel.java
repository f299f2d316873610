package org.maqal.ui;

import java.awt.Component;
import java.util.List;
import java.util.OptionalDouble;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.GradingModel;
import org.maqal.app.Message;
import org.maqal.app.OpenAnswer;
import org.maqal.app.Texts;

/**
 * The answers a teacher reads, one at a time: the list of them (✎ once scored), and for the one chosen
 * the question, the student's text right to left beside the model answer and the teacher's notes, a
 * points field and a comment. Saving, moving on and closing keep what was typed as a mark.
 */
final class OpenAnswerPanel extends JPanel {
    private final GradingModel model;
    private final Texts texts;
    private final SwingDialogService dialogs;
    private final DefaultListModel<OpenAnswer> entries = new DefaultListModel<>();
    private final JList<OpenAnswer> list = new JList<>(entries);
    private final JLabel position = new JLabel(" ");
    private final JLabel who = new JLabel(" ");
    private final WrappedText prompt = Orientation.arabic(WrappedText.reading(""));
    private final WrappedText given = Orientation.arabic(WrappedText.reading(""));
    private final WrappedText expected = Orientation.arabic(WrappedText.reading(""));
    private final JLabel pointsLabel = new JLabel();
    private final JTextField points = new JTextField(5);
    private final JTextField comment = Orientation.arabic(new JTextField(30));
    private final JLabel state = new JLabel(" ");
    private final JButton previous = new JButton();
    private final JButton save = new JButton();
    private final JButton next = new JButton();
    private List<OpenAnswer> shown = List.of();
    private OpenAnswer current;
    private boolean refreshing;

    OpenAnswerPanel(GradingModel model, Texts texts, SwingDialogService dialogs) {
        super(new MigLayout("insets 0, fill"));
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
        initComponents();
    }

    private void initComponents() {
        list.setName("answersList");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                OpenAnswer a = (OpenAnswer) value;
                String text = (a.marked() ? "✎ " : "?  ") + a.number() + " · " + a.student().name()
                        + (a.student().className().isEmpty() ? "" : " (" + a.student().className() + ")");
                return super.getListCellRendererComponent(l, text, index, selected, focus);
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !refreshing) choose(list.getSelectedIndex());
        });
        position.setName("answerPosition");
        who.setName("answerStudent");
        who.putClientProperty("FlatLaf.styleClass", "h4");
        prompt.setName("answerPrompt");
        prompt.setFont(Fonts.reading(16));
        given.setName("givenText");
        given.setFont(Fonts.reading(17));
        expected.setName("expectedText");
        expected.setFont(Fonts.reading(15));
        points.setName("pointsField");
        comment.setName("commentField");
        state.setName("answerState");
        previous.setText(texts.get("grading.previous"));
        save.setText(texts.get("grading.save"));
        next.setText(texts.get("grading.next"));
        previous.setName("previousAnswerButton");
        save.setName("saveMarkButton");
        next.setName("nextAnswerButton");
        previous.addActionListener(e -> move(-1));
        next.addActionListener(e -> move(1));
        save.addActionListener(e -> saveMark());
        points.addActionListener(e -> saveMark());
        comment.addActionListener(e -> saveMark());

        JPanel detail = new JPanel(new MigLayout("insets 0 8 0 0, fill, wrap 2", "[grow,fill, sg side][grow,fill, sg side]",
                "[][][][grow,fill][][]"));
        detail.add(who, "split 2, span 2, growx");
        detail.add(position, "gapbefore push");
        detail.add(prompt, "span 2, wmin 100");
        detail.add(new JLabel(texts.get("grading.answer.given")));
        detail.add(new JLabel(texts.get("grading.answer.expected")));
        detail.add(scroll(given), "wmin 100, hmin 120");
        detail.add(scroll(expected), "wmin 100, hmin 120");
        JPanel marking = new JPanel(new MigLayout("insets 0, fillx", "[][][][grow,fill]"));
        marking.add(pointsLabel);
        marking.add(points);
        marking.add(new JLabel(texts.get("grading.comment")), "gapbefore 12");
        marking.add(comment);
        detail.add(marking, "span 2");
        detail.add(state, "span 2, split 4, growx");
        detail.add(previous, "gapbefore push, sg nav");
        detail.add(save, "sg nav");
        detail.add(next, "sg nav");

        JScrollPane listScroll = new JScrollPane(list);
        listScroll.setName("answersScroll");
        add(Orientation.split("answersSplit", listScroll, detail, 0.0, texts.rightToLeft()), "grow");
    }

    private static JScrollPane scroll(JComponent text) {
        JScrollPane scroll = new JScrollPane(text);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        return scroll;
    }

    /** Shows the model's answers, keeping the one chosen. */
    void refresh() {
        List<OpenAnswer> answers = model.openAnswers();
        if (answers != shown) {
            int at = Math.max(0, list.getSelectedIndex());
            refreshing = true;
            try {
                entries.clear();
                answers.forEach(entries::addElement);
                shown = answers;
                if (!answers.isEmpty()) list.setSelectedIndex(Math.min(at, answers.size() - 1));
            } finally {
                refreshing = false;
            }
            show(answers.isEmpty() ? null : answers.get(list.getSelectedIndex()));
        }
        boolean has = current != null;
        for (JComponent c : List.of(points, comment, save)) c.setEnabled(has && !model.busy());
        previous.setEnabled(has && list.getSelectedIndex() > 0);
        next.setEnabled(has && list.getSelectedIndex() < entries.size() - 1);
    }

    /** Keeps what the teacher typed for the answer shown, as a mark if it changed; false when it could not be. */
    boolean keepTyped() {
        if (current == null) return true;
        OptionalDouble typed = GradingModel.parsePoints(points.getText());
        if (typed.isEmpty()) {
            if (points.getText().isBlank() && comment.getText().isBlank() && !current.marked()) return true;
            dialogs.showError(Message.of("grading.title"), Message.of("grading.scoreRange", current.points()));
            return false;
        }
        return model.keep(current, typed.getAsDouble(), comment.getText());
    }

    private void saveMark() {
        if (current == null) return;
        OptionalDouble typed = GradingModel.parsePoints(points.getText());
        if (typed.isEmpty()) {
            dialogs.showError(Message.of("grading.title"), Message.of("grading.scoreRange", current.points()));
            points.requestFocusInWindow();
            return;
        }
        model.mark(current, typed.getAsDouble(), comment.getText());
    }

    private void move(int by) {
        int to = list.getSelectedIndex() + by;
        if (to >= 0 && to < entries.size()) list.setSelectedIndex(to);
    }

    private void choose(int index) {
        if (index < 0) return;
        OpenAnswer leaving = current;
        if (leaving != null && !keepTyped()) {
            refreshing = true;
            list.setSelectedIndex(shown.indexOf(leaving));
            refreshing = false;
            return;
        }
        show(model.openAnswers().get(index));
        list.ensureIndexIsVisible(index);
        refresh();
    }

    private void show(OpenAnswer answer) {
        current = answer;
        if (answer == null) {
            who.setText(texts.get("grading.answer.none"));
            for (WrappedText t : List.of(prompt, given, expected)) t.setText("");
            points.setText("");
            comment.setText("");
            position.setText(" ");
            state.setText(" ");
            return;
        }
        who.setText(answer.student().name() + (answer.student().className().isEmpty() ? "" : " (" + answer.student().className() + ")"));
        position.setText(texts.get("grading.answer.of", shown.indexOf(answer) + 1, shown.size()));
        prompt.setText(answer.number() + ". " + answer.prompt());
        given.setText(answer.given().isBlank() ? texts.get("grading.answer.nothing") : answer.given());
        String notes = answer.notes().isBlank() ? "" : "\n\n" + texts.get("grading.answer.notes") + ":\n" + answer.notes();
        expected.setText(answer.expected() + notes);
        given.setCaretPosition(0);
        expected.setCaretPosition(0);
        pointsLabel.setText(texts.get("grading.points", answer.points()));
        points.setText(answer.marked() || answer.score() > 0 ? ScoresTable.points(answer.score()) : "");
        comment.setText(answer.comment());
        state.setText(texts.get(answer.marked() ? "grading.answer.scored" : "grading.answer.notScored"));
        state.putClientProperty("FlatLaf.styleClass", answer.marked() ? "feedbackRight" : null);
    }
}
