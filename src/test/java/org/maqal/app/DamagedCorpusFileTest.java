package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.analysis.store.AnalysisFile;
import org.maqal.corpus.ArticleImporter;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import org.maqal.testing.Seeds;

/**
 * One article file in the corpus folder that cannot be read (saved empty, a scan renamed .txt) does not
 * keep the teacher from the others: the window lists the readable articles and names the bad files in
 * its language with what to do; the command line still refuses the folder, and the files stay as they are.
 */
class DamagedCorpusFileTest {
    @TempDir
    Path root;

    @Test
    void theReadableArticlesAreShownAndTheBadFilesNamed() throws Exception {
        Path folder = Seeds.copyCorpusInto(root);
        Path empty = Files.write(folder.resolve("000-empty.txt"), new byte[0]);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        Path scan = Files.write(folder.resolve("zz-scan.txt"), png);

        for (CorpusReader reader : new CorpusReader[] {new CorpusReader(), CorpusReader.withFileCatalog()}) {
            FakeDialogs dialogs = new FakeDialogs();
            dialogs.texts = Texts.of("ar");
            CorpusModel corpus = new CorpusModel(folder, reader, CorpusAnalyzer.standard(), AnalysisFile.none(),
                    new ArticleImporter(), TaskRunner.callingThread(), dialogs);
            corpus.load();

            assertThat(corpus.articles()).hasSize(5);
            assertThat(corpus.analysis()).isPresent();
            assertThat(dialogs.errors).containsExactly(String.join("\n",
                    "تعذّرت قراءة هذه الملفات في مجلد المدوّنة، فتُركت جانبًا حتى تُصلَح أو تُنقل من المجلد:",
                    "الملف «000-empty.txt» فارغ؛ اختر الملف الذي فيه نص المقال.",
                    "الملف «zz-scan.txt» ليس نصًا (بل مستند PDF أو صورة أو أرشيف أو برنامج)؛ استورد ملف \u200E.docx أو \u200E.html"
                            + " الذي جاء منه المقال، أو انسخ نصه إلى ملف \u200E.txt."));
        }
        assertThat(empty).isEmptyFile();
        assertThat(scan).hasBinaryContent(png);
        Throwable strict = org.assertj.core.api.Assertions.catchThrowable(() -> new CorpusReader().read(folder));
        assertThat(strict).isInstanceOf(CorpusException.class).hasMessageContaining("000-empty.txt is empty");
    }
}
