package org.maqal.ui;

import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.StudentModel;
import org.maqal.app.Texts;
import org.maqal.lesson.student.Feedback;
import org.maqal.lesson.student.StudentItem;
import org.maqal.model.GapFill;

/** One item in the student view: its number and prompt, the widgets to answer it, a flag and the feedback mark. */
final class StudentItemPanel extends JPanel {
    private final StudentModel model;
    private final StudentItem item;
    private final Texts texts;
    private final AnswerEditor editor;
    private final JCheckBox flag;
    private final JLabel mark = new JLabel(" ");

    /** A panel for one item, numbered as the lesson numbers its items ({@code number}: "٣" in an Arabic lesson, "3" in an English one). */
    StudentItemPanel(StudentModel model, StudentItem item, String number, List<String> wordBank, Texts texts) {
        super(new MigLayout("insets 6 4 10 4, wrap 1, hidemode 3", "[grow,fill]"));
        this.model = model;
        this.item = item;
        this.texts = texts;
        setName("item-" + item.id());
        editor = AnswerEditors.forItem(item, wordBank, texts, answer -> model.answer(item.id(), answer));
        flag = new JCheckBox(texts.get("student.flag"));
        flag.setName("flag-" + item.id());
        flag.addActionListener(e -> model.flag(item.id(), flag.isSelected()));
        mark.setName("feedback-" + item.id());
        initComponents(number);
    }

    private void initComponents(String number) {
        WrappedText prompt = Orientation.arabic(WrappedText.reading(number + ". " + shownPrompt()));
        prompt.setName("prompt-" + item.id());
        prompt.setFont(Fonts.reading(16));
        add(prompt, "wmin 100");
        item.vocabulary().ifPresent(w -> add(Orientation.arabic(new JLabel(w.example())), "wmin 100"));
        add(editor.component(), "wmin 100");
        JPanel foot = new JPanel(new MigLayout("insets 0", "[][grow][]"));
        foot.add(flag);
        foot.add(mark, "skip 1");
        add(foot);
    }

    private String shownPrompt() {
        return item.prompt().replace(GapFill.GAP, " ________ ");
    }

    /** Shows the saved answer, the flag and the feedback; called once the student has begun. */
    void showAnswer() {
        editor.show(model.answer(item.id()));
        showState();
    }

    /** Shows the flag and the latest feedback. */
    void showState() {
        flag.setSelected(model.flagged(item.id()));
        Feedback.Status status = model.feedback(item.id()).map(Feedback::status).orElse(Feedback.Status.NOT_CHECKED);
        String text = texts.get("student.feedback." + status.name());
        mark.setText(text.isEmpty() ? " " : text);
        mark.putClientProperty("FlatLaf.styleClass", status == Feedback.Status.RIGHT ? "feedbackRight"
                : status == Feedback.Status.NOT_CHECKED || status == Feedback.Status.UNANSWERED ? null : "feedbackWrong");
    }
}
