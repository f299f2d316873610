package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maqal.ui.GuiWait.waitFor;

import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.maqal.app.Concordance;
import org.maqal.app.ConcordanceModel;
import org.maqal.corpus.SyntheticCorpus;
import org.maqal.model.Article;
import org.maqal.testing.Seeds;
import org.maqal.text.ArabicNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus search in the window on a library of thousands of articles: a search that goes through
 * the whole library is started, and the teacher goes on typing another query while it runs. The
 * window keeps answering, hits stream in, and in the end the table and the count show the typed
 * query's hits and nothing of the search it replaced. Prints the longest the Swing thread was busy
 * with one event meanwhile (measured as {@link UiBench} does); it asserts no time.
 */
@ExtendWith(StallDumps.class)
class ConcordanceWindowTest {
    /** How long the robot waits for the Swing thread to be idle while a search streams hits. */
    private static final int IDLE_WHILE_SEARCHING_MS = 500;

    private static final int ARTICLES = Integer.getInteger("maqal.concordanceWindowArticles", 2000);
    private static final String PHRASE = "حلف شمال الأطلسي";

    @TempDir
    Path root;
    private TeacherWindow teacher;
    private FrameFixture window;

    @BeforeEach
    void openWindowOnALargeLibrary() throws Exception {
        Path corpus = Seeds.copyCorpusInto(root);
        List<Article> library = new SyntheticCorpus(Seeds.corpus().articles()).generate(ARTICLES, 3);
        for (Article a : library) Files.writeString(corpus.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
        teacher = TeacherWindow.open(root, ARTICLES + 5, 20);
        window = teacher.window();
    }

    @AfterEach
    void closeWindow() {
        if (teacher != null) teacher.close();
    }

    @Test
    void typingWhileASearchGoesThroughTheLibraryKeepsTheWindowAnsweringAndShowsTheTypedQuery() {
        JLabel count = window.label("hitCount").target();
        JTextComponent field = window.textBox("searchField").target();
        List<String> counts = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger keysWhileSearching = new AtomicInteger();
        GuiActionRunner.execute(() -> {
            count.addPropertyChangeListener("text", e -> counts.add(String.valueOf(e.getNewValue())));
            field.addKeyListener(new KeyAdapter() {
                @Override
                public void keyTyped(KeyEvent e) {
                    if (count.getText().contains("so far")) keysWhileSearching.incrementAndGet();
                }
            });
        });
        int idleTimeout = teacher.robot().settings().idleTimeout();
        EdtStalls stalls = EdtStalls.install();
        long focusStall;
        long focusStallCpu;
        try {
            JTextComponentFixture box = window.textBox("searchField");
            box.focus();
            teacher.robot().waitForIdle();
            focusStall = stalls.longest();
            focusStallCpu = stalls.longestCpu();
            stalls.reset();
            // While the search streams hits the Swing thread is rightly never idle for long, and the robot
            // waits for idleness before each key it types: with its 10 s default, typing the phrase could
            // take minutes. Keys are still delivered in order; waitFor below checks what they made.
            teacher.robot().settings().idleTimeout(IDLE_WHILE_SEARCHING_MS);
            box.setText("كمبيوتر");
            box.pressAndReleaseKeys(KeyEvent.VK_ENTER);
            box.deleteText();
            box.enterText(PHRASE);
            waitFor("the typed phrase's hits", () -> field.getText().equals(PHRASE) && !count.getText().isEmpty()
                    && !count.getText().contains("so far") && tableShows(PHRASE));
            assertThat(GuiActionRunner.execute(() -> true)).as("the Swing thread answers").isTrue();
        } finally {
            teacher.robot().settings().idleTimeout(idleTimeout);
            stalls.uninstall();
        }
        List<Concordance.Hit> expected = new Concordance(teacher.wb().corpus().articles()).search(PHRASE, ConcordanceModel.LIMIT + 1);
        JTable table = window.table("concordanceTable").target();
        int rows = GuiActionRunner.execute(table::getRowCount);
        assertThat(rows).isEqualTo(Math.min(expected.size(), ConcordanceModel.LIMIT)).isPositive();
        assertThat(count.getText()).isEqualTo(expected.size() > ConcordanceModel.LIMIT
                ? String.format(Locale.ENGLISH, "More than %,d occurrences; the first %,d are shown. Search for a longer phrase"
                        + " to see fewer.", ConcordanceModel.LIMIT, ConcordanceModel.LIMIT)
                : String.format(Locale.ENGLISH, "%,d occurrence(s)", expected.size()));
        assertThat(counts).as("the count while a search runs").anyMatch(c -> c.contains("so far"));
        for (int r = 0; r < rows; r += Math.max(1, rows / 40)) {
            assertThat(HitLines.hit(table, r)).isEqualTo(expected.get(r));
            HitLines.assertShowsInContext(table, r, PHRASE);
        }
        System.out.printf("concordance in the window (%,d articles): longest Swing-thread stall %.1f ms (CPU %.1f ms) over %,d"
                        + " events while searching and typing (longest: %s); %d keys typed while a search ran; before that,"
                        + " moving the focus into the search box %.1f ms (CPU %.1f ms); load %.1f%n",
                ARTICLES + 5, stalls.longest() / 1e6, stalls.longestCpu() / 1e6, stalls.events(), stalls.longestWhat(),
                keysWhileSearching.get(), focusStall / 1e6, focusStallCpu / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private boolean tableShows(String phrase) {
        JTable table = window.table("concordanceTable").target();
        if (table.getRowCount() == 0) return false;
        for (int r = 0; r < table.getRowCount(); r++) {
            String match = ((Concordance.Hit) table.getValueAt(r, 1)).match();
            if (!ArabicNormalizer.normalize(match).replaceAll("\\s+", " ").equals(ArabicNormalizer.normalize(phrase))) return false;
        }
        return true;
    }
}
