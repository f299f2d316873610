package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import org.maqal.corpus.ImportProblem;

/**
 * A corpus folder that is missing or holds no articles is refused, in the window's language, with
 * the folder's path and what to do; the command line keeps its English sentence, which names the
 * {@code --corpus} option.
 */
class CorpusFolderProblemsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsNamedInArabicAndEnglish() {
        Path missing = dir.resolve("مقالات-الفصل");
        CorpusException e = catchThrowableOfType(() -> new CorpusReader().read(missing), CorpusException.class);

        assertThat(e.problem()).isEqualTo(ImportProblem.NO_CORPUS_FOLDER);
        assertThat(FileProblems.of(e).in(Texts.of("ar"))).startsWith("لا يوجد مجلد للمدوّنة في").contains(missing.toString())
                .contains("اختر مجلد مقالات موجودًا");
        assertThat(FileProblems.of(e).in(Texts.of("en"))).isEqualTo(
                "There is no corpus folder at " + missing + "; choose an existing folder of articles.");
        assertThat(e.getMessage()).contains("--corpus");
    }

    @Test
    void aFolderWithNoArticlesSaysSoAndWhatToDo() throws Exception {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("readme.md"), "not an article");
        CorpusException e = catchThrowableOfType(() -> new CorpusReader().read(notes), CorpusException.class);

        assertThat(e.problem()).isEqualTo(ImportProblem.NO_ARTICLES);
        assertThat(FileProblems.of(e).in(Texts.of("ar"))).startsWith("لا يحوي المجلد").contains(notes.toString())
                .contains("استورد إليه مقالات");
        assertThat(FileProblems.of(e).in(Texts.of("en"))).contains(notes.toString()).contains("holds no .txt articles");
        assertThat(Files.readString(notes.resolve("readme.md"))).isEqualTo("not an article");
    }
}
