package org.maqal.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.Texts;
import org.maqal.lesson.student.Answer;
import org.maqal.lesson.student.StudentItem;

/**
 * Builds the widgets for answering an item of each kind: radio buttons for choices and true/false, a
 * combo to type in or pick from the word bank for a gap, a combo per left entry for a matching, a list
 * to drag or move with up and down buttons (or Alt+Up, Alt+Down) for an ordering, a text field or
 * area for short and long answers, and a table for a sheet. Widgets are named after the item ({@code choice-ID-N}, {@code gap-ID}…) for tests.
 */
final class AnswerEditors {
    private AnswerEditors() {
    }

    /** The editor for an item; {@code wordBank} is its section's, offered in gaps without choices of their own. */
    static AnswerEditor forItem(StudentItem item, List<String> wordBank, Texts texts, Consumer<Answer> sink) {
        return switch (item.type()) {
            case MULTIPLE_CHOICE -> choices(item, sink);
            case TRUE_FALSE -> judgement(item, texts, sink);
            case GAP_FILL -> item.options().isEmpty() && wordBank.isEmpty() ? text(item, false, sink)
                    : gap(item, item.options().isEmpty() ? wordBank : item.options(), sink);
            case MATCHING -> matching(item, sink);
            case ORDERING -> ordering(item, texts, sink);
            case SHORT_ANSWER, VOCABULARY -> text(item, false, sink);
            case OPEN_QUESTION -> text(item, true, sink);
            case TABLE -> new CellsEditor(item, sink);
        };
    }

    private static AnswerEditor choices(StudentItem item, Consumer<Answer> sink) {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, gapy 2", "[grow,fill]"));
        ButtonGroup group = new ButtonGroup();
        List<JRadioButton> buttons = new ArrayList<>();
        AnswerEditor editor = new AnswerEditor(sink) {
            @Override JComponent component() { return panel; }

            @Override void fill(Optional<Answer> answer) {
                String chosen = answer.map(a -> ((Answer.Choice) a).option()).orElse("");
                group.clearSelection();
                buttons.forEach(b -> b.setSelected(b.getText().equals(chosen)));
            }
        };
        for (int i = 0; i < item.options().size(); i++) {
            JRadioButton b = Orientation.arabic(new JRadioButton(item.options().get(i)));
            b.setName("choice-" + item.id() + "-" + i);
            b.addActionListener(e -> editor.changed(new Answer.Choice(b.getText())));
            group.add(b);
            buttons.add(b);
            panel.add(b);
        }
        return editor;
    }

    private static AnswerEditor judgement(StudentItem item, Texts texts, Consumer<Answer> sink) {
        JPanel panel = new JPanel(new MigLayout("insets 0"));
        ButtonGroup group = new ButtonGroup();
        JRadioButton yes = new JRadioButton(texts.get("student.true"));
        JRadioButton no = new JRadioButton(texts.get("student.false"));
        yes.setName("true-" + item.id());
        no.setName("false-" + item.id());
        AnswerEditor editor = new AnswerEditor(sink) {
            @Override JComponent component() { return panel; }

            @Override void fill(Optional<Answer> answer) {
                group.clearSelection();
                answer.ifPresent(a -> (((Answer.Judgement) a).value() ? yes : no).setSelected(true));
            }
        };
        yes.addActionListener(e -> editor.changed(new Answer.Judgement(true)));
        no.addActionListener(e -> editor.changed(new Answer.Judgement(false)));
        group.add(yes);
        group.add(no);
        panel.add(yes);
        panel.add(no);
        return editor;
    }

    private static AnswerEditor gap(StudentItem item, List<String> offered, Consumer<Answer> sink) {
        List<String> entries = new ArrayList<>();
        entries.add("");
        entries.addAll(offered);
        JComboBox<String> combo = Orientation.arabic(new JComboBox<>(entries.toArray(String[]::new)));
        combo.setEditable(true);
        combo.setName("gap-" + item.id());
        JTextComponent typed = (JTextComponent) combo.getEditor().getEditorComponent();
        typed.setName("gapText-" + item.id());
        AnswerEditor editor = new AnswerEditor(sink) {
            @Override JComponent component() { return combo; }

            @Override void fill(Optional<Answer> answer) {
                String text = answer.map(a -> ((Answer.Text) a).text()).orElse("");
                combo.setSelectedItem(text);
                typed.setText(text);
            }
        };
        onEdit(typed, () -> editor.changed(new Answer.Text(typed.getText())));
        combo.addActionListener(e -> {
            if (combo.getSelectedItem() instanceof String s && !s.equals(typed.getText())) typed.setText(s);
        });
        return editor;
    }

    private static AnswerEditor text(StudentItem item, boolean long_, Consumer<Answer> sink) {
        JTextComponent field = Orientation.arabic(long_ ? new WrappedText("", 5, 30) : new JTextField(30));
        field.setName("text-" + item.id());
        JComponent shown = long_ ? new JScrollPane(field) : field;
        AnswerEditor editor = new AnswerEditor(sink) {
            @Override JComponent component() { return shown; }

            @Override void fill(Optional<Answer> answer) {
                field.setText(answer.map(a -> ((Answer.Text) a).text()).orElse(""));
            }
        };
        onEdit(field, () -> editor.changed(new Answer.Text(field.getText())));
        return editor;
    }

    private static AnswerEditor matching(StudentItem item, Consumer<Answer> sink) {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2", "[][grow,fill]"));
        List<String> rights = new ArrayList<>();
        rights.add("");
        rights.addAll(item.options());
        Map<String, JComboBox<String>> combos = new LinkedHashMap<>();
        AnswerEditor editor = new AnswerEditor(sink) {
            @Override JComponent component() { return panel; }

            @Override void fill(Optional<Answer> answer) {
                Map<String, String> given = answer.map(a -> ((Answer.Matches) a).rightByLeft()).orElse(Map.of());
                combos.forEach((left, combo) -> combo.setSelectedItem(given.getOrDefault(left, "")));
            }
        };
        for (int i = 0; i < item.lefts().size(); i++) {
            String left = item.lefts().get(i);
            JComboBox<String> combo = new JComboBox<>(rights.toArray(String[]::new));
            combo.setName("match-" + item.id() + "-" + i);
            combos.put(left, combo);
            combo.addActionListener(e -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                combos.forEach((l, c) -> {
                    if (c.getSelectedItem() instanceof String r && !r.isEmpty()) pairs.put(l, r);
                });
                editor.changed(new Answer.Matches(pairs));
            });
            panel.add(Orientation.arabic(new JLabel(left)));
            panel.add(combo);
        }
        return editor;
    }

    private static AnswerEditor ordering(StudentItem item, Texts texts, Consumer<Answer> sink) {
        DefaultListModel<String> entries = new DefaultListModel<>();
        JList<String> list = Orientation.arabic(new JList<>(entries));
        list.setName("order-" + item.id());
        list.setVisibleRowCount(Math.max(3, item.options().size()));
        JButton up = new JButton(texts.get("student.up"));
        JButton down = new JButton(texts.get("student.down"));
        up.setName("up-" + item.id());
        down.setName("down-" + item.id());
        list.setToolTipText(texts.get("student.order.hint"));
        JPanel panel = new JPanel(new MigLayout("insets 0", "[grow,fill][]", "[top][top][]"));
        panel.add(list, "spany 2");
        panel.add(up, "wrap, sg move");
        panel.add(down, "skip 1, sg move, wrap");
        JLabel hint = new JLabel(texts.get("student.order.hint"));
        hint.putClientProperty("FlatLaf.styleClass", "small");
        panel.add(hint, "span 2");
        AnswerEditor editor = new AnswerEditor(sink) {
            @Override JComponent component() { return panel; }

            @Override void fill(Optional<Answer> answer) {
                entries.clear();
                answer.map(a -> ((Answer.Order) a).entries()).orElse(item.options()).forEach(entries::addElement);
            }
        };
        ReorderTransfer.install(list, entries, order -> editor.changed(new Answer.Order(order)));
        up.addActionListener(e -> moveBy(list, -1));
        down.addActionListener(e -> moveBy(list, 1));
        return editor;
    }

    private static void moveBy(JList<String> list, int by) {
        ((ReorderTransfer) list.getTransferHandler()).moveBy(by);
        list.requestFocusInWindow();
    }

    /** Runs the action on every edit of the text. */
    static void onEdit(JTextComponent text, Runnable action) {
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { action.run(); }
            @Override public void removeUpdate(DocumentEvent e) { action.run(); }
            @Override public void changedUpdate(DocumentEvent e) { action.run(); }
        });
    }
}
