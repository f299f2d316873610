package org.maqal.export;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.maqal.export.docx.WordExport;
import org.maqal.testing.Seeds;

class ScratchTest {
    @Test
    void write() throws Exception {
        var lesson = ExportFixtures.lesson();
        var texts = SourceSentences.of(lesson, Seeds.corpus().articles());
        var w = new WordExport(ExportOptions.defaults());
        Files.write(Path.of("/tmp/exp/ws.docx"), w.worksheet(lesson));
        Files.write(Path.of("/tmp/exp/key.docx"), w.answerKey(lesson, texts));
        Files.write(Path.of("/tmp/exp/handout.docx"), w.handout(lesson, texts));
        Files.write(Path.of("/tmp/exp/ws-en.docx"), w.worksheet(ExportFixtures.english()));
    }
}
