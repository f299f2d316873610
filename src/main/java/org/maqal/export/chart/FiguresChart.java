package org.maqal.export.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A figure over time as a PNG scatter chart: one point per report (x the article's date as a decimal
 * year, y the figure it reports), each labelled with a short text such as its row number in the
 * table beside it. The chart holds digits only; its caption, in the document, says what it shows,
 * so no Arabic has to be shaped by Java2D. Renders without a display. Stateless; thread-safe.
 */
public final class FiguresChart {
    private static final Color INK = new Color(0x1F, 0x38, 0x64);

    /**
     * One point.
     *
     * @param x     the date as a decimal year (2021.17 for March 2021)
     * @param y     the figure
     * @param label a short label drawn beside the point, such as "2"
     */
    public record Point(double x, double y, String label) {
    }

    private FiguresChart() {
    }

    /**
     * The chart as PNG bytes.
     *
     * @throws IllegalArgumentException with fewer than two points
     */
    public static byte[] png(List<Point> points, int width, int height) {
        if (points.size() < 2) throw new IllegalArgumentException("a chart needs at least two points");
        List<Point> sorted = points.stream().sorted(Comparator.comparingDouble(Point::x)).toList();
        double[] xs = sorted.stream().mapToDouble(Point::x).toArray();
        double[] ys = sorted.stream().mapToDouble(Point::y).toArray();
        XYChart chart = new XYChartBuilder().width(width).height(height).build();
        style(chart, width);
        XYSeries series = chart.addSeries("figure", xs, ys);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(INK);
        double yMax = sorted.stream().mapToDouble(Point::y).max().orElse(1);
        double xSpan = Math.max(1, xs[xs.length - 1] - xs[0]);
        chart.getStyler().setXAxisMin(Math.floor(xs[0] - xSpan * 0.08));
        chart.getStyler().setXAxisMax(Math.ceil(xs[xs.length - 1] + xSpan * 0.08));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(yMax * 1.25);
        for (Point p : sorted) chart.addAnnotation(new AnnotationText(p.label(), p.x(), p.y() + yMax * 0.09, false));
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG", e);
        }
    }

    private static void style(XYChart chart, int width) {
        var styler = chart.getStyler();
        float scale = width / 600f;
        styler.setLegendVisible(false);
        styler.setChartTitleVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xD9, 0xD9, 0xD9));
        styler.setPlotGridLinesStroke(new BasicStroke(scale));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * scale)));
        styler.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(12 * scale)));
        styler.setAnnotationTextFontColor(INK);
        styler.setMarkerSize(Math.round(8 * scale));
        styler.setXAxisDecimalPattern("0");
        styler.setYAxisDecimalPattern("#,##0");
        styler.setChartPadding(Math.round(8 * scale));
        styler.setXAxisTitleVisible(false);
        styler.setYAxisTitleVisible(false);
    }
}
