package org.maqal.ui;

import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.font.TextAttribute;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JTextPane;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import net.miginfocom.swing.MigLayout;
import org.maqal.app.Concordance;
import org.maqal.app.ConcordanceModel;
import org.maqal.app.ReaderModel;
import org.maqal.app.Texts;
import org.maqal.exercise.claims.ClaimLinks;
import org.maqal.model.ArticleReport;
import org.maqal.model.Claim;
import org.maqal.model.CorpusAnalysis;

/**
 * The reader: the article right to left with people, organisations, places, figures and claims
 * highlighted (a legend explains the colours), the details of a clicked claim, and a corpus search
 * that lists every occurrence with its context. The search runs in the background while the teacher
 * types (a moment after the last key, or at once on Enter) and shows hits as they are found.
 */
final class ReaderPanel extends JPanel {
    /** Direction marks: an Arabic paragraph, and a date kept left to right inside Arabic. */
    private static final char RLM = '\u200F';
    private static final char LRE = '\u202A';
    private static final char PDF = '\u202C';
    /** How long after the last key typed in the search box the search starts. */
    private static final int TYPING_PAUSE_MS = 250;

    private final Workbench wb;
    private final Texts texts;
    private final Subscriptions subscriptions = new Subscriptions();
    private final JTextPane article = new JTextPane();
    private final JLabel heading = new JLabel();
    private final JPanel legend = new JPanel(new MigLayout("insets 0, gap 12"));
    private final JTextPane claimDetails = new JTextPane();
    private final JTextField search = new JTextField();
    private final JLabel hitCount = new JLabel();
    private final HitsModel hits = new HitsModel();
    private final ConcordanceModel concordance;
    private final Timer typingPause = new Timer(TYPING_PAUSE_MS, e -> search());
    private final JTable hitTable;
    private String articleId;
    private ReaderModel model;
    private ClaimLinks links;
    private CorpusAnalysis linksOf;

    ReaderPanel(Workbench wb, Texts texts) {
        this.wb = wb;
        this.texts = texts;
        this.hitTable = new JTable(hits);
        this.concordance = new ConcordanceModel(wb.corpus()::articles, wb.runner(), wb.dialogs());
        initComponents();
        subscriptions.watch(wb.corpus().listeners(), () -> show(articleId));
        subscriptions.watch(concordance.listeners(), this::showHits);
    }

    private void initComponents() {
        setLayout(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][grow, fill][]"));
        heading.setName("articleHeading");
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        Orientation.arabic(heading);
        heading.setHorizontalAlignment(JLabel.RIGHT);
        add(heading, "growx");

        article.setName("articleText");
        article.setEditable(false);
        Orientation.arabic(article);
        article.getDocument().putProperty(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
        article.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
        article.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                clicked(e.getPoint());
            }
        });
        article.addMouseMotionListener(new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                boolean onClaim = model != null && model.claimAt(article.viewToModel2D(e.getPoint())).isPresent();
                article.setCursor(Cursor.getPredefinedCursor(onClaim ? Cursor.HAND_CURSOR : Cursor.TEXT_CURSOR));
            }
        });
        JScrollPane articleScroll = new JScrollPane(article);
        articleScroll.setName("articleScroll");

        claimDetails.setName("claimDetails");
        claimDetails.setEditable(false);
        claimDetails.putClientProperty(JTextPane.HONOR_DISPLAY_PROPERTIES, true);
        claimDetails.setText(texts.get("reader.claim.hint"));

        search.setName("searchField");
        search.putClientProperty("JTextField.placeholderText", texts.get("reader.search"));
        search.putClientProperty("JTextField.showClearButton", true);
        search.setToolTipText(texts.get("reader.search.tip"));
        Orientation.arabic(search);
        search.addActionListener(e -> search());
        typingPause.setRepeats(false);
        AnswerEditors.onEdit(search, this::queryEdited);
        hitCount.setName("hitCount");
        hitTable.setName("concordanceTable");
        hitTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        hitTable.setRowHeight(24);
        hitTable.setDefaultRenderer(Object.class, new RightToLeftRenderer());
        hitTable.getColumnModel().getColumn(1).setCellRenderer(new KeywordInContext());
        hitTable.getColumnModel().getColumn(0).setPreferredWidth(110);
        hitTable.getColumnModel().getColumn(1).setPreferredWidth(290);
        hitTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) openHit();
        });

        JPanel side = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow, fill]", "[][grow 40, fill]16[][][][grow 60, fill]"));
        JLabel claimTitle = new JLabel(texts.get("reader.claim.title"));
        claimTitle.putClientProperty("FlatLaf.styleClass", "h4");
        side.add(claimTitle);
        side.add(new JScrollPane(claimDetails), "hmin 120");
        JLabel searchTitle = new JLabel(texts.get("reader.search"));
        searchTitle.putClientProperty("FlatLaf.styleClass", "h4");
        side.add(searchTitle);
        side.add(search, "growx");
        side.add(hitCount, "growx, wmin 0");
        // the scroll bar is always there, so hits arriving never change the width every line is laid out for
        JScrollPane hitScroll = new JScrollPane(hitTable, JScrollPane.VERTICAL_SCROLLBAR_ALWAYS, JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        side.add(hitScroll, "hmin 120");

        side.setPreferredSize(new Dimension(400, 400));
        articleScroll.setPreferredSize(new Dimension(640, 400));
        JSplitPane split = Orientation.split("readerSplit", articleScroll, side, 0.7, texts.rightToLeft());
        Orientation.startShare(split, 0.68, texts.rightToLeft());
        side.setMinimumSize(new Dimension(280, 100));
        add(split);
        legend.setName("legend");
        add(legend);
        applyTextSize();
        show(null);
    }

    /** Shows an article of the corpus, or an invitation to choose one. */
    void show(String id) {
        articleId = id;
        Optional<ArticleReport> report = id == null ? Optional.empty() : wb.corpus().report(id);
        if (report.isEmpty()) {
            model = null;
            heading.setText(id == null ? texts.get("reader.empty") : wb.corpus().article(id).map(a -> a.title()).orElse(""));
            article.setText(id == null ? "" : wb.corpus().article(id).map(a -> a.text()).orElse(""));
            fillLegend();
            return;
        }
        model = new ReaderModel(report.get(), links(wb.corpus().analysis().orElseThrow()));
        heading.setText(report.get().article().title());
        article.setText(model.text());
        paragraphStyle();
        highlight();
        article.setCaretPosition(0);
        fillLegend();
    }

    private ClaimLinks links(CorpusAnalysis corpus) {
        if (links == null || linksOf != corpus) {
            links = ReaderModel.links(corpus);
            linksOf = corpus;
        }
        return links;
    }

    void applyTextSize() {
        article.setFont(Fonts.reading(wb.settings().textSize()));
        hitTable.setFont(Fonts.reading(Math.max(13, wb.settings().textSize() - 4)));
        hitTable.setRowHeight(hitTable.getFontMetrics(hitTable.getFont()).getHeight() + 6);
    }

    void release() {
        typingPause.stop();
        concordance.task().cancel();
        subscriptions.releaseAll();
    }

    private void paragraphStyle() {
        StyledDocument doc = article.getStyledDocument();
        SimpleAttributeSet paragraph = new SimpleAttributeSet();
        StyleConstants.setAlignment(paragraph, StyleConstants.ALIGN_RIGHT);
        StyleConstants.setLineSpacing(paragraph, 0.12f);
        StyleConstants.setSpaceBelow(paragraph, 8f);
        doc.setParagraphAttributes(0, doc.getLength(), paragraph, false);
    }

    private void highlight() {
        StyledDocument doc = article.getStyledDocument();
        for (ReaderModel.Highlight h : model.highlights()) {
            SimpleAttributeSet style = new SimpleAttributeSet();
            StyleConstants.setBackground(style, colour(h.kind()));
            if (h.kind() == ReaderModel.Kind.CLAIM) StyleConstants.setUnderline(style, true);
            doc.setCharacterAttributes(h.start(), h.end() - h.start(), style, false);
        }
    }

    private void fillLegend() {
        legend.removeAll();
        JLabel title = new JLabel(texts.get("reader.legend") + ":");
        legend.add(title);
        if (model != null) {
            for (ReaderModel.Kind kind : ReaderModel.Kind.values()) {
                JLabel swatch = new JLabel(texts.get("reader.kind." + kind.name()) + " (" + model.count(kind) + ")");
                swatch.setName("legend" + kind.name());
                swatch.setOpaque(true);
                swatch.setBackground(colour(kind));
                swatch.setForeground(UIManager.getColor("Maqal.highlight.foreground"));
                swatch.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
                legend.add(swatch);
            }
        }
        legend.applyComponentOrientation(getComponentOrientation());
        legend.revalidate();
        legend.repaint();
    }

    static Color colour(ReaderModel.Kind kind) {
        Color c = UIManager.getColor("Maqal.highlight." + kind.name().toLowerCase(Locale.ROOT));
        return c != null ? c : Color.YELLOW;
    }

    private void clicked(Point point) {
        if (model == null) return;
        model.claimAt(article.viewToModel2D(point)).ifPresent(this::showClaim);
    }

    private void showClaim(Claim claim) {
        ReaderModel.ClaimDetails d = model.details(claim);
        StringBuilder b = new StringBuilder();
        b.append("<p><b>").append(texts.get("reader.claim.speaker")).append(":</b> ").append(esc(claim.speaker())).append("</p>");
        if (!claim.speakerRole().isEmpty()) {
            b.append("<p><b>").append(texts.get("reader.claim.role")).append(":</b> ").append(esc(claim.speakerRole())).append("</p>");
        }
        b.append("<p><b>").append(texts.get("reader.claim.verb")).append(":</b> ").append(esc(claim.verb()))
                .append(" — ").append(texts.get(claim.direct() ? "reader.claim.direct" : "reader.claim.indirect")).append("</p>");
        b.append(arabic("«" + esc(claim.text()) + "»"));
        b.append("<p><b>").append(texts.get("reader.claim.related")).append(":</b></p>");
        if (d.related().isEmpty()) b.append("<p>").append(texts.get("reader.claim.none")).append("</p>");
        for (ReaderModel.Related r : d.related()) {
            b.append("<p><b>").append(texts.get("reader.claim." + r.agreement().name())).append("</b> (")
                    .append(texts.get("reader.claim.why." + r.why().name())).append(texts.rightToLeft() ? ")، " : "), ").append(LRE)
                    .append(esc(r.article().metadata().date().value())).append(PDF).append(":</p>")
                    .append(arabic(Html.aside(esc(r.article().title()))))
                    .append(arabic("«" + esc(r.sentence()) + "»"));
        }
        if (!claimDetails.getContentType().equals("text/html")) claimDetails.setContentType("text/html");
        claimDetails.setText(html(b.toString()));
        claimDetails.setCaretPosition(0);
    }

    /**
     * A paragraph of Arabic, right-aligned also in the English window (the HTML view ignores dir); the
     * marks at both ends keep quotation marks on the Arabic side they belong to.
     */
    private static String arabic(String escaped) {
        return "<p style='text-align:right'>" + RLM + escaped + RLM + "</p>";
    }

    private String html(String body) {
        String dir = texts.rightToLeft() ? "rtl" : "ltr";
        return "<html><body dir='" + dir + "' style='font-family:" + Fonts.interfaceFamily() + "'>" + body + "</body></html>";
    }

    private static String esc(String s) {
        return Html.esc(s);
    }

    private void search() {
        typingPause.stop();
        if (!search.getText().strip().equals(concordance.query()) || !concordance.task().running()) {
            concordance.search(search.getText());
        }
    }

    private void queryEdited() {
        concordance.stop();
        typingPause.restart();
    }

    private void showHits() {
        hits.show(concordance.hits());
        String status = concordance.status().in(texts);
        if (!status.equals(hitCount.getText())) hitCount.setText(status);
    }

    private void openHit() {
        int row = hitTable.getSelectedRow();
        if (row < 0) return;
        Concordance.Hit hit = hits.rows.get(hitTable.convertRowIndexToModel(row));
        if (!hit.articleId().equals(articleId)) show(hit.articleId());
        article.requestFocusInWindow();
        article.select(hit.start(), hit.end());
        try {
            article.scrollRectToVisible(article.modelToView2D(hit.start()).getBounds());
        } catch (BadLocationException e) {
            // the hit is in the text just shown; nothing to scroll to otherwise
        }
    }

    /** The hits: the article's title, and the hit itself, which {@link KeywordInContext} draws. */
    private final class HitsModel extends AbstractTableModel {
        private List<Concordance.Hit> rows = List.of();
        private int shown;

        /** Shows the hits; when they are the same search's, grown, only the new rows are added. */
        void show(List<Concordance.Hit> found) {
            boolean sameSearch = found == rows;
            int before = shown;
            rows = found;
            shown = found.size();
            if (!sameSearch) fireTableDataChanged();
            else if (shown > before) fireTableRowsInserted(before, shown - 1);
        }

        @Override
        public int getRowCount() {
            return shown;
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int column) {
            return texts.get(column == 0 ? "reader.column.article" : "reader.column.match");
        }

        @Override
        public Object getValueAt(int row, int column) {
            Concordance.Hit h = rows.get(row);
            return column == 0 ? h.title() : h;
        }
    }
}
