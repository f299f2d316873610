package org.maqal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JOptionPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.app.MemoryStore;
import org.maqal.app.Settings;
import org.maqal.testing.Seeds;

/**
 * A teacher whose glossary file was damaged (cut off by a crash, edited by hand) is not locked out:
 * the Arabic window opens on the corpus, says in Arabic which file is damaged and what to do, works
 * without glosses, and leaves the file as it is. Runs under a virtual display.
 */
@ExtendWith(StallDumps.class)
class DamagedGlossaryWindowTest {
    @TempDir
    Path root;
    private TeacherWindow opened;

    @AfterEach
    void closeWindow() {
        if (opened != null) opened.close();
    }

    @Test
    void theArabicWindowOpensAndSaysWhichGlossaryIsDamagedAndWhatToDo() throws Exception {
        Seeds.copyCorpusInto(root);
        Path glossary = root.resolve("corpus/glossary.json");
        Files.writeString(glossary, "{\"schemaVersion\": 1, \"glosses\": [{\"headword\": \"بعثة\", \"gl");
        byte[] broken = Files.readAllBytes(glossary);
        Settings settings = new Settings(new MemoryStore());
        settings.setLanguage("ar");

        opened = TeacherWindow.open(root, 5, 30, settings);

        JOptionPaneFixture told = opened.window().optionPane(Timeout.timeout(20_000));
        String message = GuiActionRunner.execute(() -> String.valueOf(((JOptionPane) told.target()).getMessage()))
                .replace('\n', ' ');
        assertThat(message).isEqualTo("الملف «glossary.json» تالف أو ناقص، فلا يمكن فتحه."
                + " أصلحه في محرّر نصوص أو انقله من مجلده لتبدأ من جديد."
                + " فُتح مقال دون معاني المسرد إلى حين ذلك. إن حفظت درسًا قبله، يُحتفظ بالملف التالف بجانبه باسم"
                + " «glossary.json.damaged-1» ويبدأ مسرد جديد بالمعاني التي تكتبها (ومعاني نسخته الاحتياطية إن وُجدت).");
        GuiWait.press(told.okButton().target());

        assertThat(GuiActionRunner.execute(() -> opened.window().target().isShowing())).isTrue();
        assertThat(opened.window().table("corpusTable").target().getRowCount()).isEqualTo(5);
        assertThat(opened.wb().editor().glossary().entries()).isEmpty();
        assertThat(glossary).hasBinaryContent(broken);
    }
}
