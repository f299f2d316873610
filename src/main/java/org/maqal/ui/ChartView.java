package org.maqal.ui;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.maqal.app.ComparisonModel;
import org.maqal.app.Texts;

/** The figures over time, drawn with XChart straight into the component (no export menus). */
final class ChartView extends JComponent {
    private final Texts texts;
    private XYChart chart;

    ChartView(Texts texts) {
        this.texts = texts;
        setName("figuresChart");
        setPreferredSize(new Dimension(420, 260));
    }

    void show(List<ComparisonModel.Series> series) {
        if (series.isEmpty()) {
            chart = null;
            setToolTipText(texts.get("comparison.chart.none"));
            repaint();
            return;
        }
        XYChart c = new XYChartBuilder().width(420).height(260).xAxisTitle(texts.get("comparison.chart.x"))
                .yAxisTitle(texts.get("comparison.chart.y")).build();
        String family = Fonts.interfaceFamily();
        c.getStyler().setBaseFont(new Font(family, Font.PLAIN, 12));
        c.getStyler().setAxisTitleFont(new Font(family, Font.PLAIN, 12));
        c.getStyler().setAxisTickLabelsFont(new Font(family, Font.PLAIN, 11));
        c.getStyler().setLegendFont(new Font(family, Font.PLAIN, 12));
        c.getStyler().setDatePattern("yyyy-MM");
        c.getStyler().setChartBackgroundColor(UIManager.getColor("Panel.background"));
        c.getStyler().setPlotBackgroundColor(UIManager.getColor("Table.background"));
        c.getStyler().setChartFontColor(UIManager.getColor("Label.foreground"));
        c.getStyler().setAxisTickLabelsColor(UIManager.getColor("Label.foreground"));
        c.getStyler().setLegendBackgroundColor(UIManager.getColor("Panel.background"));
        c.getStyler().setYAxisDecimalPattern("#,###.##");
        int n = 1;
        for (ComparisonModel.Series s : series) {
            List<Date> x = s.points().stream().map(p -> Date.from(p.date().atStartOfDay().toInstant(ZoneOffset.UTC))).toList();
            List<Double> y = s.points().stream().map(ComparisonModel.Point::value).toList();
            XYSeries added = c.addSeries(n++ + ". " + s.label(), x, y);
            added.setMarker(SeriesMarkers.CIRCLE);
        }
        chart = c;
        setToolTipText(null);
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (chart != null) {
                chart.paint(g2, getWidth(), getHeight());
            } else {
                g2.setColor(UIManager.getColor("Label.disabledForeground"));
                String none = texts.get("comparison.chart.none");
                int w = g2.getFontMetrics().stringWidth(none);
                g2.drawString(none, Math.max(4, (getWidth() - w) / 2), getHeight() / 2);
            }
        } finally {
            g2.dispose();
        }
    }
}
