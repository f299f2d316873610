package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.corpus.ArticleImporter;
import org.maqal.corpus.CorpusReader;
import org.maqal.corpus.MetadataFiles;
import org.maqal.model.Basis;
import org.maqal.model.Readability;
import org.maqal.testing.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus list on a copy of the seed corpus: loading, importing with clear reports, editing metadata. */
class CorpusModelTest {
    @TempDir
    Path root;
    private final FakeDialogs dialogs = new FakeDialogs();
    private CorpusModel corpus;

    @BeforeEach
    void copyCorpus() throws Exception {
        Path folder = Seeds.copyCorpusInto(root);
        corpus = new CorpusModel(folder, new CorpusReader(), CorpusAnalyzer.standard(), new ArticleImporter(),
                TaskRunner.callingThread(), dialogs);
        corpus.load();
    }

    @Test
    void loadsEveryArticleWithItsReadability() {
        assertThat(corpus.articles()).hasSize(5);
        assertThat(corpus.loading()).isFalse();
        Readability r = corpus.report(corpus.articles().get(0).id()).orElseThrow().readability();
        assertThat(r.wordsPerSentence()).isBetween(5.0, 60.0);
    }

    @Test
    void importReportsAddedDuplicateAndBadFilesTogether() throws Exception {
        Path fresh = Files.writeString(root.resolve("new.txt"),
                "قال وزير الدفاع العراقي إن بلاده ستواصل التعاون مع حلف شمال الأطلسي في مجال التدريب.\n"
                        + "وأضاف أن المهمة استشارية وغير قتالية.", StandardCharsets.UTF_8);
        Path copy = Files.copy(Path.of("corpus").resolve(corpus.articles().get(2).id() + ".txt"), root.resolve("again.txt"));
        Path pdf = Files.writeString(root.resolve("report.pdf"), "%PDF-1.4");
        corpus.importFiles(List.of(fresh, copy, pdf));
        assertThat(dialogs.infos).singleElement().asString()
                .contains("Added 1 article(s)")
                .contains("again.txt is already in the corpus as “" + corpus.articles().get(2).title() + "”")
                .contains("report.pdf was not imported");
        assertThat(corpus.articles()).hasSize(6);
    }

    @Test
    void anEditedFieldIsWrittenAsSuppliedByTheTeacher() throws Exception {
        String id = corpus.articles().get(0).id();
        corpus.updateMetadata(id, CorpusModel.Field.OUTLET, "الجزيرة نت");
        assertThat(CorpusModel.field(corpus.article(id).orElseThrow(), CorpusModel.Field.OUTLET).value()).isEqualTo("الجزيرة نت");
        var onDisk = new MetadataFiles().read(corpus.folder().resolve(id + ".json"));
        assertThat(onDisk.outlet().value()).isEqualTo("الجزيرة نت");
        assertThat(onDisk.outlet().basis()).isEqualTo(Basis.SUPPLIED);
        assertThat(onDisk.date()).isEqualTo(corpus.article(id).orElseThrow().metadata().date());
        assertThat(corpus.report(id).orElseThrow().article().metadata().outlet().value()).isEqualTo("الجزيرة نت");
    }
}
