package org.maqal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.ComparisonModel;
import org.maqal.app.Texts;
import org.maqal.model.ArticleReport;

/** Two or more articles side by side: figures (table and chart), quoted voices, coverage matrix. */
final class ComparisonPanel extends JPanel {
    /** The widest a fitted column is made, in pixels; a longer name is cut with an ellipsis. */
    private static final int WIDEST = 220;
    private final Workbench wb;
    private final Texts texts;
    private final Subscriptions subscriptions = new Subscriptions();
    private final JLabel empty = new JLabel();
    private final JPanel content = new JPanel();
    private final FiguresModel figures = new FiguresModel();
    private final CoverageModel coverage = new CoverageModel();
    private final FittedTable figureTable;
    private final FittedTable coverageTable;
    private final ChartView chart;
    private final JTextPane voices = new JTextPane();
    private List<String> ids = List.of();
    private ComparisonModel model;

    ComparisonPanel(Workbench wb, Texts texts) {
        this.wb = wb;
        this.texts = texts;
        this.figureTable = new FittedTable(figures);
        this.coverageTable = new FittedTable(coverage);
        this.chart = new ChartView(texts);
        initComponents();
        subscriptions.watch(wb.corpus().listeners(), () -> show(ids));
    }

    private void initComponents() {
        setLayout(new MigLayout("insets dialog, fill, hidemode 3", "[grow, fill]", "[][grow, fill]"));
        empty.setText(texts.get("comparison.empty"));
        empty.setName("comparisonEmpty");
        add(empty, "wrap");
        content.setLayout(new MigLayout("insets 0, fill, wrap 2", "[grow 62, fill, 0:0:][grow 38, fill, 0:0:]", "[][grow 50, fill][][grow 50, fill]"));
        content.add(heading("comparison.figures"));
        content.add(heading("comparison.chart"));
        figureTable.setName("figuresTable");
        figureTable.setAutoCreateRowSorter(true);
        figureTable.setDefaultRenderer(Object.class, new RightToLeftRenderer());
        figureTable.getColumnModel().getColumn(0).setPreferredWidth(80);
        figureTable.getColumnModel().getColumn(2).setPreferredWidth(170);
        content.add(new JScrollPane(figureTable), "hmin 150");
        content.add(chart, "hmin 200");
        content.add(heading("comparison.coverage"));
        content.add(heading("comparison.voices"));
        coverageTable.setName("coverageTable");
        coverageTable.setAutoCreateRowSorter(true);
        coverageTable.setDefaultRenderer(Object.class, new RightToLeftRenderer());
        content.add(new JScrollPane(coverageTable), "hmin 150");
        voices.setName("voicesText");
        voices.setContentType("text/html");
        voices.setEditable(false);
        voices.putClientProperty(JTextPane.HONOR_DISPLAY_PROPERTIES, true);
        content.add(new JScrollPane(voices), "hmin 150");
        add(content);
    }

    private JLabel heading(String key) {
        JLabel l = new JLabel(texts.get(key));
        l.putClientProperty("FlatLaf.styleClass", "h4");
        return l;
    }

    /** Compares the articles with these ids (two or more); fewer shows an invitation to choose. */
    void show(List<String> articleIds) {
        ids = List.copyOf(articleIds);
        List<ArticleReport> reports = new ArrayList<>();
        for (String id : ids) wb.corpus().report(id).ifPresent(reports::add);
        boolean comparing = reports.size() >= 2;
        empty.setVisible(!comparing);
        content.setVisible(comparing);
        if (!comparing) return;
        model = new ComparisonModel(reports);
        figures.rows = model.figures();
        figures.fireTableDataChanged();
        figureTable.fit(WIDEST, 1, 3);
        coverage.rows = model.coverage();
        coverage.fireTableStructureChanged();
        for (int c = 0; c < coverageTable.getColumnCount(); c++) {
            // a renderer of its own (the default one) makes the header measure each two-line article header
            // instead of taking the first column's one-line height for all
            if (c >= 2) coverageTable.getColumnModel().getColumn(c).setHeaderRenderer(coverageTable.getTableHeader().getDefaultRenderer());
            coverageTable.fit(WIDEST, c);
        }
        chart.show(model.series());
        voices.setText(voicesHtml());
        voices.setCaretPosition(0);
    }

    private String voicesHtml() {
        StringBuilder b = new StringBuilder("<html><body dir='rtl' style='font-family:" + Fonts.interfaceFamily() + "'>");
        for (ComparisonModel.Voices v : model.voices()) {
            b.append("<p>(").append(LRM).append(Html.esc(v.report().article().metadata().date().value())).append(LRM)
                    .append(") <b>").append(Html.esc(v.report().article().title())).append("</b><br>");
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Integer> e : v.quoted().entrySet()) parts.add(Html.esc(e.getKey()) + " ×" + e.getValue());
            b.append(String.join("، ", parts));
            if (!v.missing().isEmpty()) {
                b.append("<br>").append(Html.aside(Html.esc(texts.get("comparison.voices.missing", String.join("، ", v.missing())))));
            }
            b.append("</p>");
        }
        return b.append("</body></html>").toString();
    }

    /** Keeps a date such as 2011-12 in its order inside Arabic text; it comes first, so a line never breaks inside it. */
    private static final char LRM = '\u200E';

    void release() {
        subscriptions.releaseAll();
    }

    private final class FiguresModel extends AbstractTableModel {
        private List<ComparisonModel.FigureRow> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 4;
        }

        @Override
        public String getColumnName(int c) {
            return texts.get(new String[] {"comparison.column.article", "comparison.column.date",
                    "comparison.column.figure", "comparison.column.unit"}[c]);
        }

        @Override
        public Object getValueAt(int row, int c) {
            ComparisonModel.FigureRow r = rows.get(row);
            return switch (c) {
                case 0 -> (model.reports().indexOf(r.report()) + 1) + ". " + r.report().article().title();
                case 1 -> r.report().article().metadata().date().value();
                case 2 -> r.figure().text();
                default -> r.figure().what().isEmpty() ? r.figure().unit().label() : r.figure().what();
            };
        }
    }

    private final class CoverageModel extends AbstractTableModel {
        private List<ComparisonModel.CoverageRow> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 2 + (model == null ? 0 : model.reports().size());
        }

        @Override
        public String getColumnName(int c) {
            if (c == 0) return texts.get("comparison.column.name");
            if (c == 1) return texts.get("comparison.column.kind");
            ArticleReport r = model.reports().get(c - 2);
            String date = r.article().metadata().date().value();
            // on two lines, the article's number over its date, so the count columns stay narrow
            return "<html><center>" + (c - 1) + ".<br>" + Html.esc(date.isEmpty() ? r.id() : date) + "</center></html>";
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c < 2 ? String.class : Integer.class;
        }

        @Override
        public Object getValueAt(int row, int c) {
            ComparisonModel.CoverageRow r = rows.get(row);
            if (c == 0) return r.name();
            if (c == 1) return texts.get("comparison.kind." + r.kind().name().toUpperCase(Locale.ROOT));
            return r.counts().get(c - 2);
        }
    }
}
