package org.maqal.ui;

import java.awt.Component;
import java.awt.Font;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.TransferHandler;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.CorpusModel;
import org.maqal.app.Message;
import org.maqal.app.Texts;
import org.maqal.corpus.CorpusException;
import org.maqal.model.Article;
import org.maqal.model.Basis;
import org.maqal.model.MetaField;

/** The corpus list: articles with title, outlet, date and readability; files dropped on it are imported. */
final class CorpusPanel extends JPanel {
    private static final CorpusModel.Field[] COLUMNS = {CorpusModel.Field.TITLE, CorpusModel.Field.OUTLET, CorpusModel.Field.DATE};

    private final Workbench wb;
    private final Texts texts;
    private final Consumer<List<String>> onSelect;
    private final Consumer<List<Path>> onDrop;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ArticlesTableModel tableModel = new ArticlesTableModel();
    private final JTable table;
    private final Map<CorpusModel.Field, JTextField> fields = new EnumMap<>(CorpusModel.Field.class);
    private final Map<CorpusModel.Field, JLabel> bases = new EnumMap<>(CorpusModel.Field.class);
    private final JButton saveDetails = new JButton();
    private List<Article> articles = List.of();

    CorpusPanel(Workbench wb, Texts texts, Consumer<List<String>> onSelect, Consumer<List<Path>> onDrop) {
        this.wb = wb;
        this.texts = texts;
        this.onSelect = onSelect;
        this.onDrop = onDrop;
        this.table = new JTable(tableModel);
        initComponents();
        subscriptions.watch(wb.corpus().listeners(), this::corpusChanged);
    }

    private void initComponents() {
        setLayout(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][grow, fill][]"));
        JLabel title = new JLabel(texts.get("corpus.title"));
        title.putClientProperty("FlatLaf.styleClass", "h3");
        add(title);
        table.setName("corpusTable");
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        table.setRowHeight(26);
        table.setAutoCreateRowSorter(true);
        table.setDefaultRenderer(Object.class, new BasisRenderer());
        table.getColumnModel().getColumn(0).setCellRenderer(new RightToLeftRenderer());
        table.getColumnModel().getColumn(0).setPreferredWidth(240);
        table.getColumnModel().getColumn(1).setPreferredWidth(60);
        table.getColumnModel().getColumn(2).setPreferredWidth(80);
        table.getColumnModel().getColumn(3).setPreferredWidth(95);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) selectionChanged();
        });
        FileDrop drop = new FileDrop();
        table.setTransferHandler(drop);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setName("corpusScroll");
        scroll.setTransferHandler(drop);
        scroll.setToolTipText(texts.get("corpus.drop"));
        add(scroll);

        JPanel details = new JPanel(new MigLayout("insets 0, wrap 3", "[][grow, fill][]"));
        JLabel detailsTitle = new JLabel(texts.get("corpus.details"));
        detailsTitle.putClientProperty("FlatLaf.styleClass", "h4");
        details.add(detailsTitle, "span 3");
        for (CorpusModel.Field f : CorpusModel.Field.values()) {
            JTextField field = Orientation.followContent(new JTextField());
            field.setName("meta" + f.name().charAt(0) + f.name().substring(1).toLowerCase(Locale.ROOT));
            JLabel basis = new JLabel();
            basis.putClientProperty("FlatLaf.styleClass", "small");
            details.add(new JLabel(texts.get("corpus.field." + f.name())));
            details.add(field, "wmin 120");
            details.add(basis);
            fields.put(f, field);
            bases.put(f, basis);
        }
        saveDetails.setText(texts.get("corpus.saveDetails"));
        saveDetails.setName("saveDetailsButton");
        saveDetails.addActionListener(e -> saveDetails());
        details.add(saveDetails, "span 3, align trailing");
        JLabel hint = new JLabel("<html>" + texts.get("corpus.hint") + "</html>");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        details.add(hint, "span 3, wmin 100");
        add(details);
        showDetails(null);
    }

    List<String> selectedIds() {
        List<String> ids = new ArrayList<>();
        for (int row : table.getSelectedRows()) ids.add(articles.get(table.convertRowIndexToModel(row)).id());
        return ids;
    }

    void select(List<String> ids) {
        table.clearSelection();
        for (int i = 0; i < articles.size(); i++) {
            if (ids.contains(articles.get(i).id())) {
                int view = table.convertRowIndexToView(i);
                table.addRowSelectionInterval(view, view);
            }
        }
    }

    void release() {
        subscriptions.releaseAll();
    }

    private void corpusChanged() {
        List<String> selected = selectedIds();
        articles = wb.corpus().articles();
        tableModel.fireTableDataChanged();
        select(selected);
        selectionChanged();
    }

    private void selectionChanged() {
        List<String> ids = selectedIds();
        showDetails(ids.size() == 1 ? wb.corpus().article(ids.get(0)).orElse(null) : null);
        onSelect.accept(ids);
    }

    private void showDetails(Article article) {
        for (CorpusModel.Field f : CorpusModel.Field.values()) {
            MetaField value = article == null ? MetaField.UNKNOWN : CorpusModel.field(article, f);
            fields.get(f).setText(value.value());
            fields.get(f).setCaretPosition(0);
            fields.get(f).setEnabled(article != null);
            bases.get(f).setText(article == null ? "" : basis(value.basis()));
        }
        saveDetails.setEnabled(article != null);
    }

    private String basis(Basis basis) {
        return texts.get("corpus." + basis.name().toLowerCase(Locale.ROOT));
    }

    private void saveDetails() {
        List<String> ids = selectedIds();
        if (ids.size() != 1) return;
        try {
            for (CorpusModel.Field f : CorpusModel.Field.values()) {
                wb.corpus().updateMetadata(ids.get(0), f, fields.get(f).getText());
            }
        } catch (CorpusException e) {
            wb.dialogs().showError(Message.of("corpus.error.title"), Message.literal(e.getMessage()));
        }
    }

    private final class ArticlesTableModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return articles.size();
        }

        @Override
        public int getColumnCount() {
            return 4;
        }

        @Override
        public String getColumnName(int column) {
            return texts.get(switch (column) {
                case 0 -> "corpus.column.title";
                case 1 -> "corpus.column.outlet";
                case 2 -> "corpus.column.date";
                default -> "corpus.column.readability";
            });
        }

        @Override
        public Object getValueAt(int row, int column) {
            Article a = articles.get(row);
            if (column == 0) return a.title();
            if (column < COLUMNS.length) return CorpusModel.field(a, COLUMNS[column]);
            return wb.corpus().report(a.id()).map(r -> String.format(texts.locale(), "%.1f", r.readability().wordsPerSentence()))
                    .orElse("…");
        }
    }

    /** Shows metadata values, inferred ones in italics with a tooltip saying so. */
    private final class BasisRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int col) {
            Object shown = value instanceof MetaField m ? m.value() : value;
            Component c = super.getTableCellRendererComponent(t, shown, selected, focus, row, col);
            boolean inferred = value instanceof MetaField m && m.basis() == Basis.INFERRED;
            c.setFont(c.getFont().deriveFont(inferred ? Font.ITALIC : Font.PLAIN));
            setToolTipText(value instanceof MetaField m && m.isKnown() ? m.value() + " (" + basis(m.basis()) + ")" : null);
            return c;
        }
    }

    /** Imports the files dropped on the list. */
    private final class FileDrop extends TransferHandler {
        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
        }

        @Override
        public boolean importData(TransferSupport support) {
            if (!canImport(support)) return false;
            try {
                @SuppressWarnings("unchecked")
                List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                onDrop.accept(files.stream().map(File::toPath).toList());
                return true;
            } catch (UnsupportedFlavorException | IOException e) {
                return false;
            }
        }
    }
}
