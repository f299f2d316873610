package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.analysis.store.AnalysisFile;
import org.maqal.corpus.ArticleImporter;
import org.maqal.corpus.AtomicFiles;
import org.maqal.corpus.CorpusReader;
import org.maqal.model.CorpusAnalysis;
import org.maqal.testing.Seeds;

/** The window's corpus with its analyses kept on disk: the second opening shows the same, and edits are seen. */
class CorpusModelCacheTest {
    @TempDir
    Path root;
    private Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void copyCorpus() throws Exception {
        folder = Seeds.copyCorpusInto(root);
    }

    private CorpusModel open() {
        CorpusModel model = new CorpusModel(folder, CorpusReader.withFileCatalog(), CorpusAnalyzer.standard(),
                AnalysisFile.standard(AtomicFiles::write), new ArticleImporter(), TaskRunner.callingThread(), dialogs);
        model.load();
        return model;
    }

    @Test
    void theSecondOpeningShowsTheSameAnalysisFromTheKeptFiles() {
        CorpusAnalysis first = open().analysis().orElseThrow();
        assertThat(AnalysisFile.of(folder)).isRegularFile();
        CorpusAnalysis second = open().analysis().orElseThrow();
        assertThat(second).isEqualTo(first);
        assertThat(second).isEqualTo(CorpusAnalyzer.standard().analyze(Seeds.corpus().articles()));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anEditedTitleShowsAfterReopening() throws Exception {
        CorpusModel model = open();
        String id = model.articles().get(1).id();
        model.updateMetadata(id, CorpusModel.Field.TITLE, "عنوان من المعلم");
        assertThat(open().report(id).orElseThrow().article().title()).isEqualTo("عنوان من المعلم");
    }

    @Test
    void aFolderWhereNothingCanBeKeptStillOpens() throws Exception {
        Files.writeString(folder.resolve(".maqal"), "not a folder");
        CorpusModel model = open();
        assertThat(model.articles()).hasSize(5);
        assertThat(dialogs.errors).isEmpty();
    }
}
