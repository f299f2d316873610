package org.maqal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maqal.model.Figure;
import org.maqal.model.Span;
import org.maqal.model.Unit;
import org.maqal.text.TextPipeline;

/**
 * Precision and recall of the figure extractor on a hand-annotated sample of passages that are not
 * the corpus (src/test/resources/org/maqal/analysis/eval/figures, see its README). A found figure
 * is right when an expected one has the same unit and value and an overlapping span.
 */
class FigureEvaluationTest {
    private static final double FLOOR = 0.8;

    private record Expected(String text, double value, Unit unit, Span span) {
    }

    /** Counts for one group of passages. */
    private static final class Score {
        int found;
        int expected;
        int right;
        int recalled;

        void add(Score other) {
            found += other.found;
            expected += other.expected;
            right += other.right;
            recalled += other.recalled;
        }

        double precision() { return found == 0 ? 0 : (double) right / found; }

        double recall() { return expected == 0 ? 0 : (double) recalled / expected; }

        String line(String label) {
            return String.format(Locale.ROOT, "%s: precision %.2f recall %.2f over %d figures (%d found, %d right)",
                    label, precision(), recall(), expected, found, right);
        }
    }

    @Test
    void precisionAndRecallOnTheEvaluationSample() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("eval/figures").toURI());
        TextPipeline pipeline = TextPipeline.standard();
        FigureExtractor extractor = FigureExtractor.standard();
        ObjectMapper json = new ObjectMapper();
        Score all = new Score();
        Score first = new Score();
        Score heldOut = new Score();
        List<String> report = new ArrayList<>();
        List<Path> passages;
        try (var files = Files.list(dir)) {
            passages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(passages).hasSizeGreaterThanOrEqualTo(8);
        for (Path passage : passages) {
            String text = Files.readString(passage);
            String name = passage.getFileName().toString().replace(".txt", "");
            JsonNode annotation = json.readTree(dir.resolve(name + ".json").toFile());
            List<Expected> gold = expected(annotation, text);
            List<Figure> figures = extractor.extract(pipeline.process(text));
            Score score = new Score();
            boolean[] used = new boolean[gold.size()];
            for (Figure f : figures) {
                int match = -1;
                for (int i = 0; i < gold.size() && match < 0; i++) {
                    if (!used[i] && matches(f, gold.get(i))) match = i;
                }
                if (match >= 0) {
                    used[match] = true;
                    score.right++;
                } else {
                    report.add(name + ": wrong   " + f.text() + " = " + f.value() + " " + f.unit());
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                if (used[i]) {
                    score.recalled++;
                } else {
                    report.add(name + ": missed  " + gold.get(i).text() + " = " + gold.get(i).value() + " " + gold.get(i).unit());
                }
            }
            score.found = figures.size();
            score.expected = gold.size();
            all.add(score);
            (annotation.path("heldOut").asBoolean(false) ? heldOut : first).add(score);
        }
        System.out.println(all.line("figures"));
        System.out.println("  " + first.line("written before the code"));
        System.out.println("  " + heldOut.line("held out, written after"));
        report.forEach(line -> System.out.println("  " + line));
        assertThat(all.precision()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(all.recall()).isGreaterThanOrEqualTo(FLOOR);
    }

    private static boolean matches(Figure f, Expected e) {
        double tolerance = Math.max(1e-9, Math.abs(e.value()) * 1e-3);
        return f.unit() == e.unit() && Math.abs(f.value() - e.value()) <= tolerance && f.span().overlaps(e.span());
    }

    /** The annotated figures, located in the passage in reading order. */
    private static List<Expected> expected(JsonNode root, String text) {
        List<Expected> out = new ArrayList<>();
        int from = 0;
        for (JsonNode node : root.get("figures")) {
            String written = node.get("text").asText();
            int at = text.indexOf(written, from);
            assertThat(at).as("annotated text '%s' is in the passage", written).isGreaterThanOrEqualTo(0);
            out.add(new Expected(written, node.get("value").asDouble(), Unit.valueOf(node.get("unit").asText()),
                    new Span(at, at + written.length(), -1, written)));
            from = at + 1;
        }
        return out;
    }
}
