package org.maqal.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.ClaimTrackerModel;
import org.maqal.app.Texts;
import org.maqal.model.Article;

/** Every claim of the corpus in a sortable table, filtered by article, speaker and verb. */
final class ClaimTrackerPanel extends JPanel {
    private final Workbench wb;
    private final Texts texts;
    private final Subscriptions subscriptions = new Subscriptions();
    private final JComboBox<String> article = new JComboBox<>();
    private final JTextField speaker = new JTextField(14);
    private final JComboBox<String> verb = new JComboBox<>();
    private final JLabel count = new JLabel();
    private final RowsModel rows = new RowsModel();
    private final JTable table;
    private List<Article> articles = List.of();
    private ClaimTrackerModel model;

    ClaimTrackerPanel(Workbench wb, Texts texts) {
        this.wb = wb;
        this.texts = texts;
        this.table = new JTable(rows);
        initComponents();
        subscriptions.watch(wb.corpus().listeners(), this::corpusChanged);
    }

    private void initComponents() {
        setLayout(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][grow, fill]"));
        article.setName("claimArticleFilter");
        speaker.setName("claimSpeakerFilter");
        Orientation.arabic(speaker);
        verb.setName("claimVerbFilter");
        count.setName("claimCount");
        article.addActionListener(e -> refilter());
        verb.addActionListener(e -> refilter());
        speaker.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refilter();
            }
        });
        JPanel filters = new JPanel(new MigLayout("insets 0", "[][grow 40, fill]16[][grow 30, fill]16[][grow 20, fill]push[]"));
        filters.add(new JLabel(texts.get("claims.filter.article")));
        filters.add(article, "wmin 160");
        filters.add(new JLabel(texts.get("claims.filter.speaker")));
        filters.add(speaker);
        filters.add(new JLabel(texts.get("claims.filter.verb")));
        filters.add(verb, "wmin 90");
        filters.add(count);
        add(filters);
        table.setName("claimsTable");
        table.setAutoCreateRowSorter(true);
        table.setDefaultRenderer(Object.class, new RightToLeftRenderer());
        table.setRowHeight(26);
        add(new JScrollPane(table));
    }

    private void corpusChanged() {
        if (wb.corpus().analysis().isEmpty()) return;
        model = new ClaimTrackerModel(wb.corpus().analysis().get());
        articles = wb.corpus().articles();
        List<String> titles = new ArrayList<>();
        titles.add(texts.get("claims.filter.all"));
        articles.forEach(a -> titles.add(a.title()));
        article.setModel(new DefaultComboBoxModel<>(titles.toArray(String[]::new)));
        List<String> verbs = new ArrayList<>();
        verbs.add(texts.get("claims.filter.all"));
        verbs.addAll(model.verbs());
        verb.setModel(new DefaultComboBoxModel<>(verbs.toArray(String[]::new)));
        refilter();
        int[] widths = {170, 70, 150, 60, 560, 50};
        for (int c = 0; c < widths.length; c++) table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
    }

    private void refilter() {
        if (model == null) return;
        int a = article.getSelectedIndex();
        String articleId = a <= 0 ? "" : articles.get(a - 1).id();
        String verbChoice = verb.getSelectedIndex() <= 0 ? "" : (String) verb.getSelectedItem();
        rows.rows = model.filter(articleId, speaker.getText(), verbChoice);
        rows.fireTableDataChanged();
        count.setText(texts.get("claims.count", rows.rows.size(), model.all().size()));
    }

    void release() {
        subscriptions.releaseAll();
    }

    private final class RowsModel extends AbstractTableModel {
        private List<ClaimTrackerModel.Row> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 6;
        }

        @Override
        public String getColumnName(int c) {
            return texts.get(new String[] {"claims.column.article", "claims.column.date", "claims.column.speaker",
                    "claims.column.verb", "claims.column.claim", "claims.column.direct"}[c]);
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c == 5 ? Boolean.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int c) {
            ClaimTrackerModel.Row r = rows.get(row);
            return switch (c) {
                case 0 -> r.title();
                case 1 -> r.date();
                case 2 -> r.claim().speaker();
                case 3 -> r.claim().verb();
                case 4 -> r.claim().text();
                default -> r.claim().direct();
            };
        }
    }
}
