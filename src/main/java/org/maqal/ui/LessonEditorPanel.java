package org.maqal.ui;

import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.JTree;
import javax.swing.DropMode;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.LessonEditorModel;
import org.maqal.app.Texts;
import org.maqal.model.Item;
import org.maqal.model.ItemType;
import org.maqal.model.Lesson;
import org.maqal.model.Section;
import org.maqal.model.Source;

/**
 * The lesson editor: sections and items in a tree (drag an item, or Alt+Up/Down, to move it within its
 * section or into another), buttons to move,
 * delete, duplicate, regenerate and add items, and the edit form of the selected item.
 */
final class LessonEditorPanel extends JPanel {
    private static final String EMPTY = "empty";
    private static final String LESSON = "lesson";
    private static final char RLM = '\u200F';
    private static final char LRE = '\u202A';
    private static final char PDF = '\u202C';

    private final Workbench wb;
    private final LessonEditorModel model;
    private final Texts texts;
    private final Subscriptions subscriptions = new Subscriptions();
    private final CardLayout cards = new CardLayout();
    private final JTree tree = new JTree(new DefaultMutableTreeNode());
    private final JTextField title = new JTextField();
    private final JLabel state = new JLabel();
    private final ItemFormPanel form;
    private final JButton up;
    private final JButton down;
    private final JButton delete;
    private final JButton duplicate;
    private final JButton regenerate;
    private final JButton add;
    private boolean filling;

    LessonEditorPanel(Workbench wb, Texts texts) {
        this.wb = wb;
        this.model = wb.editor();
        this.texts = texts;
        this.form = new ItemFormPanel(texts, (id, fields) -> model.edit(id, fields));
        up = button("editor.up", "upButton");
        down = button("editor.down", "downButton");
        up.setToolTipText(texts.get("editor.up.tip"));
        down.setToolTipText(texts.get("editor.down.tip"));
        delete = button("editor.delete", "deleteButton");
        duplicate = button("editor.duplicate", "duplicateButton");
        regenerate = button("editor.regenerate", "regenerateButton");
        add = button("editor.add", "addButton");
        initComponents();
        subscriptions.watch(model.listeners(), this::modelChanged);
    }

    private JButton button(String key, String name) {
        JButton b = new JButton(texts.get(key));
        b.setName(name);
        return b;
    }

    private void initComponents() {
        setLayout(cards);
        JLabel empty = new JLabel(texts.get("editor.empty"), JLabel.CENTER);
        empty.setName("editorEmpty");
        add(wrap(empty), EMPTY);

        JPanel lesson = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][grow, fill]"));
        title.setName("lessonTitleField");
        Orientation.arabic(title);
        title.addActionListener(e -> model.setTitle(title.getText()));
        state.setName("saveState");
        state.putClientProperty("FlatLaf.styleClass", "small");
        lesson.add(new JLabel(texts.get("editor.titleLabel")), "split 3");
        lesson.add(title, "growx");
        lesson.add(state);

        tree.setName("lessonTree");
        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        tree.getSelectionModel().setSelectionMode(TreeSelectionModel.SINGLE_TREE_SELECTION);
        tree.setCellRenderer(new ItemRenderer());
        tree.setRowHeight(0);
        tree.addTreeSelectionListener(e -> {
            if (!filling) model.select(selectedItemId());
        });
        tree.setDragEnabled(true);
        tree.setDropMode(DropMode.INSERT);
        tree.setTransferHandler(new ReorderHandler());
        bindKey(KeyEvent.VK_UP, "moveItemUp", () -> model.moveUp(model.selected()));
        bindKey(KeyEvent.VK_DOWN, "moveItemDown", () -> model.moveDown(model.selected()));
        Orientation.arabic(tree);

        JPanel buttons = new JPanel(new MigLayout("insets 0, wrap 3, fillx", "[fill, sg b][fill, sg b][fill, sg b]"));
        up.addActionListener(e -> model.moveUp(model.selected()));
        down.addActionListener(e -> model.moveDown(model.selected()));
        delete.addActionListener(e -> model.delete(model.selected()));
        duplicate.addActionListener(e -> model.duplicate(model.selected()));
        regenerate.addActionListener(e -> model.regenerate(model.selected()));
        add.addActionListener(e -> addMenu().show(add, 0, add.getHeight()));
        for (JButton b : List.of(up, down, delete, duplicate, regenerate, add)) buttons.add(b);

        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow, fill]", "[grow, fill][]"));
        left.add(new JScrollPane(tree));
        left.add(buttons);
        JScrollPane formScroll = new JScrollPane(wrapForm());
        formScroll.setBorder(null);
        left.setPreferredSize(new Dimension(360, 400));
        JSplitPane split = Orientation.split("editorSplit", left, formScroll, 0.4, texts.rightToLeft());
        lesson.add(split);
        add(lesson, LESSON);
    }

    private void bindKey(int key, String name, Runnable command) {
        tree.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key, InputEvent.ALT_DOWN_MASK), name);
        tree.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (!model.selected().isEmpty()) command.run();
            }
        });
    }

    private JComponent wrapForm() {
        JPanel p = new WidthTrackingPanel(new MigLayout("insets 8 12 8 12, fill", "[grow, fill]", "[]push"));
        p.add(form);
        return p;
    }

    private static JComponent wrap(JComponent c) {
        JPanel p = new JPanel(new MigLayout("fill"));
        p.add(c, "center");
        return p;
    }

    private JPopupMenu addMenu() {
        JPopupMenu menu = new JPopupMenu();
        menu.setName("addMenu");
        for (ItemType type : ItemType.values()) {
            JMenuItem item = new JMenuItem(texts.get("type." + type.name()));
            item.setName("add" + type.name());
            item.addActionListener(e -> model.add(targetSection(), type));
            menu.add(item);
        }
        menu.applyComponentOrientation(getComponentOrientation());
        return menu;
    }

    /** The section of the selected item or section node, else the first. */
    private int targetSection() {
        TreePath path = tree.getSelectionPath();
        if (path == null || path.getPathCount() < 2) return 0;
        DefaultMutableTreeNode root = (DefaultMutableTreeNode) tree.getModel().getRoot();
        return root.getIndex((DefaultMutableTreeNode) path.getPathComponent(1));
    }

    private String selectedItemId() {
        TreePath path = tree.getSelectionPath();
        if (path == null) return "";
        Object user = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
        return user instanceof Item item ? item.id() : "";
    }

    void release() {
        subscriptions.releaseAll();
    }

    private void modelChanged() {
        if (model.lesson().isEmpty()) {
            cards.show(this, EMPTY);
            return;
        }
        cards.show(this, LESSON);
        Lesson lesson = model.lesson().get();
        if (!title.isFocusOwner() || !title.getText().equals(lesson.title())) title.setText(lesson.title());
        state.setText(texts.get(model.dirty() ? "editor.unsaved" : "editor.saved"));
        fillTree(lesson);
        String selected = model.selected();
        boolean has = !selected.isEmpty() && lesson.item(selected).isPresent();
        form.show(has ? lesson.item(selected).get() : null, has ? sourceText(lesson.item(selected).get()) : "");
        for (JButton b : List.of(up, down, delete, duplicate, regenerate)) b.setEnabled(has);
    }

    private void fillTree(Lesson lesson) {
        filling = true;
        try {
            DefaultMutableTreeNode root = new DefaultMutableTreeNode(lesson.title());
            TreePath selectedPath = null;
            for (Section s : lesson.sections()) {
                DefaultMutableTreeNode sectionNode = new DefaultMutableTreeNode(s);
                root.add(sectionNode);
                for (Item item : s.items()) {
                    DefaultMutableTreeNode node = new DefaultMutableTreeNode(item);
                    sectionNode.add(node);
                    if (item.id().equals(model.selected())) selectedPath = new TreePath(node.getPath());
                }
            }
            tree.setModel(new DefaultTreeModel(root));
            for (int i = 0; i < tree.getRowCount(); i++) tree.expandRow(i);
            if (selectedPath != null) {
                tree.setSelectionPath(selectedPath);
                tree.scrollPathToVisible(selectedPath);
            }
        } finally {
            filling = false;
        }
    }

    private String sourceText(Item item) {
        if (item.sources().isEmpty()) return texts.get("editor.source.none");
        StringBuilder b = new StringBuilder();
        for (Source s : item.sources()) {
            String sentence = wb.corpus().report(s.articleId())
                    .filter(r -> s.sentenceIndex() < r.analysis().sentences().size())
                    .map(r -> r.analysis().sentence(s.sentenceIndex()).text())
                    .orElse(s.articleId() + " #" + s.sentenceIndex());
            if (b.length() > 0) b.append("\n");
            b.append(sentence);
        }
        return b.toString();
    }

    /** Section nodes show the section's name and number of items; item nodes their type and prompt. */
    private final class ItemRenderer extends DefaultTreeCellRenderer {
        @Override
        public Component getTreeCellRendererComponent(JTree t, Object value, boolean sel, boolean expanded,
                                                               boolean leaf, int row, boolean focus) {
            Object user = ((DefaultMutableTreeNode) value).getUserObject();
            String text;
            if (user instanceof Section s) {
                text = texts.get("section." + s.kind().name()) + " (" + s.items().size() + ")";
            } else if (user instanceof Item item) {
                String prompt = item.prompt().length() > 70 ? item.prompt().substring(0, 70) + "…" : item.prompt();
                String type = "[" + texts.get("type." + item.type().name()) + "]";
                // an Arabic line: a Latin type label is kept whole at its start, and a final stop at its end
                text = RLM + (texts.rightToLeft() ? type : LRE + type + PDF) + " " + prompt;
            } else {
                text = String.valueOf(user);
            }
            super.getTreeCellRendererComponent(t, text, sel, expanded, leaf, row, focus);
            setIcon(null);
            return this;
        }
    }

    /** Dragging an item moves it there, within its section or into another, as one undoable change. */
    private final class ReorderHandler extends TransferHandler {
        @Override
        public int getSourceActions(JComponent c) {
            return MOVE;
        }

        @Override
        protected Transferable createTransferable(JComponent c) {
            String id = selectedItemId();
            return id.isEmpty() ? null : new StringSelection(id);
        }

        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDrop() && support.isDataFlavorSupported(DataFlavor.stringFlavor) && target(support) != null;
        }

        @Override
        public boolean importData(TransferSupport support) {
            if (!canImport(support)) return false;
            try {
                String id = (String) support.getTransferable().getTransferData(DataFlavor.stringFlavor);
                int[] target = target(support);
                DefaultMutableTreeNode root = (DefaultMutableTreeNode) tree.getModel().getRoot();
                int to = target[1];
                if (target[0] == model.sectionOf(id)) {
                    int from = indexOf((DefaultMutableTreeNode) root.getChildAt(target[0]), id);
                    if (to > from) to--;
                }
                int section = target[0];
                int index = to;
                // the tree is rebuilt by the move: do it after the drop has finished with the old rows
                SwingUtilities.invokeLater(() -> model.moveTo(id, section, index));
                return true;
            } catch (UnsupportedFlavorException | IOException | IllegalArgumentException e) {
                return false;
            }
        }

        /**
         * The section and position a drop points at: between the items of a section, or between two
         * sections (the end of the one above; the start of the first).
         */
        private int[] target(TransferSupport support) {
            JTree.DropLocation drop = (JTree.DropLocation) support.getDropLocation();
            TreePath path = drop.getPath();
            if (path == null || drop.getChildIndex() < 0) return null;
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) path.getLastPathComponent();
            if (node.getUserObject() instanceof Section) {
                return new int[] {node.getParent().getIndex(node), drop.getChildIndex()};
            }
            if (!node.isRoot() || node.getChildCount() == 0) return null;
            int below = drop.getChildIndex();
            return below == 0 ? new int[] {0, 0} : new int[] {below - 1, Integer.MAX_VALUE};
        }

        private int indexOf(DefaultMutableTreeNode section, String id) {
            Enumeration<?> children = section.children();
            for (int i = 0; children.hasMoreElements(); i++) {
                Object user = ((DefaultMutableTreeNode) children.nextElement()).getUserObject();
                if (user instanceof Item item && item.id().equals(id)) return i;
            }
            return -1;
        }
    }
}
