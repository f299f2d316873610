package org.maqal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.ItemFields;
import org.maqal.app.ItemForms;
import org.maqal.app.Texts;
import org.maqal.model.Item;
import org.maqal.model.ItemType;

/**
 * The edit form of one item: its fields labelled for its type (see {@link ItemFields}), the sentence it
 * comes from, and Apply / Revert. Applying hands the fields to the editor model as one change.
 */
final class ItemFormPanel extends JPanel {
    private final Texts texts;
    private final BiConsumer<String, ItemFields> onApply;
    private final JLabel type = new JLabel();
    private final JTextArea source = area(4);
    private final JLabel promptLabel = new JLabel();
    private final JTextArea prompt = area(3);
    private final JLabel answerLabel = new JLabel();
    private final JTextField answer = new JTextField();
    private final JCheckBox trueBox = new JCheckBox();
    private final JLabel linesLabel = new JLabel();
    private final JTextArea lines = area(5);
    private final JSpinner points = new JSpinner(new SpinnerNumberModel(1, 0, 100, 1));
    private final JTextArea notes = area(2);
    private final JLabel glossHint = new JLabel();
    private final JButton apply = new JButton();
    private final JButton revert = new JButton();
    private Item item;

    ItemFormPanel(Texts texts, BiConsumer<String, ItemFields> onApply) {
        this.texts = texts;
        this.onApply = onApply;
        initComponents();
        show(null, "");
    }

    private void initComponents() {
        setLayout(new MigLayout("insets 0, wrap 2, hidemode 3", "[][grow, fill, 120::]", ""));
        type.setName("itemType");
        type.putClientProperty("FlatLaf.styleClass", "h3");
        add(type, "span 2");
        source.setName("sourceSentence");
        source.setEditable(false);
        source.putClientProperty("FlatLaf.styleClass", "source");
        add(new JLabel(texts.get("editor.source")), "aligny top");
        add(new JScrollPane(source), "hmin 60");
        prompt.setName("promptField");
        add(promptLabel, "aligny top");
        add(new JScrollPane(prompt), "hmin 60");
        answer.setName("answerField");
        Orientation.arabic(answer);
        trueBox.setName("trueCheck");
        trueBox.setText(texts.get("field.answer.TRUE_FALSE"));
        add(answerLabel);
        add(answer);
        add(trueBox, "skip 1");
        lines.setName("linesField");
        add(linesLabel, "aligny top");
        add(new JScrollPane(lines), "hmin 90");
        points.setName("pointsSpinner");
        add(new JLabel(texts.get("editor.points")));
        add(points, "growx 0, wmin 70");
        notes.setName("notesField");
        add(new JLabel(texts.get("editor.notes")), "aligny top");
        add(new JScrollPane(notes), "hmin 40");
        glossHint.setText(texts.get("editor.saveGloss"));
        glossHint.putClientProperty("FlatLaf.styleClass", "small");
        add(glossHint, "skip 1");
        apply.setText(texts.get("editor.apply"));
        apply.setName("applyButton");
        apply.addActionListener(e -> {
            if (item != null) onApply.accept(item.id(), fields());
        });
        revert.setText(texts.get("editor.revert"));
        revert.setName("revertButton");
        revert.addActionListener(e -> show(item, source.getText()));
        add(apply, "span 2, split 2, tag apply");
        add(revert, "tag cancel");
    }

    /** Shows an item (or nothing) with the sentence it comes from. */
    void show(Item shown, String sourceText) {
        item = shown;
        boolean has = shown != null;
        for (var c : getComponents()) c.setEnabled(has);
        if (!has) {
            type.setText(" ");
            for (JTextArea a : List.of(source, prompt, lines, notes)) a.setText("");
            answer.setText("");
            setVisible(false);
            return;
        }
        setVisible(true);
        ItemType t = shown.type();
        ItemFields f = ItemForms.fieldsOf(shown);
        type.setText(texts.get("type." + t.name()));
        source.setText(sourceText);
        source.setCaretPosition(0);
        promptLabel.setText(label("prompt", t, "editor.prompt"));
        prompt.setText(f.prompt());
        boolean trueFalse = t == ItemType.TRUE_FALSE;
        boolean hasAnswer = texts.has("field.answer." + t.name()) && !trueFalse;
        answerLabel.setVisible(hasAnswer);
        answer.setVisible(hasAnswer);
        answerLabel.setText(label("answer", t, "editor.answer"));
        answer.setText(f.answer());
        trueBox.setVisible(trueFalse);
        trueBox.setSelected(Boolean.parseBoolean(f.answer()));
        boolean hasLines = texts.has("field.lines." + t.name());
        linesLabel.setVisible(hasLines);
        lines.getParent().getParent().setVisible(hasLines);
        linesLabel.setText(label("lines", t, "editor.lines"));
        lines.setText(String.join("\n", f.lines()));
        lines.setEditable(t != ItemType.VOCABULARY);
        points.setValue(f.points());
        notes.setText(f.notes());
        glossHint.setVisible(t == ItemType.VOCABULARY);
        revalidate();
        repaint();
    }

    private ItemFields fields() {
        String answerText = item.type() == ItemType.TRUE_FALSE ? Boolean.toString(trueBox.isSelected()) : answer.getText();
        List<String> lineList = item.type() == ItemType.VOCABULARY ? ItemForms.fieldsOf(item).lines()
                : Arrays.asList(lines.getText().split("\n"));
        return new ItemFields(prompt.getText(), answerText, lineList, (Integer) points.getValue(), notes.getText());
    }

    private String label(String field, ItemType t, String fallback) {
        String key = "field." + field + "." + t.name();
        return texts.has(key) ? texts.get(key) : texts.get(fallback);
    }

    private static JTextArea area(int rows) {
        JTextArea a = new JTextArea(rows, 10);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        return Orientation.arabic(a);
    }
}
