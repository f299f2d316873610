package org.maqal.ui;

import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultListModel;
import javax.swing.DropMode;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.TransferHandler;

/**
 * Lets a student put a list's entries in order by dragging an entry to its place, or with Alt+Up and
 * Alt+Down on the entry selected; every move hands the new order on. Only drags that start in the same
 * list are accepted, so text dropped from elsewhere changes nothing.
 */
final class ReorderTransfer extends TransferHandler {
    private final JList<String> list;
    private final DefaultListModel<String> entries;
    private final Consumer<List<String>> moved;
    private int dragged = -1;

    private ReorderTransfer(JList<String> list, DefaultListModel<String> entries, Consumer<List<String>> moved) {
        this.list = list;
        this.entries = entries;
        this.moved = moved;
    }

    /** Makes the list reorderable by dragging and by keys; {@code moved} hears each new order. */
    static void install(JList<String> list, DefaultListModel<String> entries, Consumer<List<String>> moved) {
        ReorderTransfer transfer = new ReorderTransfer(list, entries, moved);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setDragEnabled(true);
        list.setDropMode(DropMode.INSERT);
        list.setTransferHandler(transfer);
        key(list, KeyEvent.VK_UP, "moveEntryUp", () -> transfer.moveBy(-1));
        key(list, KeyEvent.VK_DOWN, "moveEntryDown", () -> transfer.moveBy(1));
    }

    private static void key(JList<String> list, int code, String name, Runnable action) {
        list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(code, InputEvent.ALT_DOWN_MASK), name);
        list.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** Moves the selected entry up (negative) or down by one place. */
    void moveBy(int by) {
        int from = list.getSelectedIndex();
        if (from < 0) return;
        int to = from + by;
        if (to < 0 || to >= entries.size()) return;
        move(from, by > 0 ? to + 1 : to);
    }

    /** Moves the entry at {@code from} to stand before the entry now at {@code before} (the size for the end). */
    private void move(int from, int before) {
        List<String> order = new ArrayList<>(Collections.list(entries.elements()));
        String entry = order.remove(from);
        int to = before > from ? before - 1 : before;
        if (to == from) return;
        order.add(to, entry);
        entries.clear();
        order.forEach(entries::addElement);
        list.setSelectedIndex(to);
        list.ensureIndexIsVisible(to);
        moved.accept(List.copyOf(order));
    }

    @Override
    public int getSourceActions(JComponent c) {
        return MOVE;
    }

    @Override
    protected Transferable createTransferable(JComponent c) {
        dragged = list.getSelectedIndex();
        return dragged < 0 ? null : new StringSelection(entries.get(dragged));
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return dragged >= 0 && support.isDrop() && support.getComponent() == list;
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) return false;
        int before = ((JList.DropLocation) support.getDropLocation()).getIndex();
        int from = dragged;
        dragged = -1;
        move(from, before < 0 ? entries.size() : before);
        return true;
    }

    @Override
    protected void exportDone(JComponent source, Transferable data, int action) {
        dragged = -1;
    }
}
