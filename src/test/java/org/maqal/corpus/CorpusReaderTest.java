package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.model.Article;
import org.maqal.model.Basis;
import org.maqal.model.MetaField;

class CorpusReaderTest {
    private final CorpusReader reader = new CorpusReader();

    @Test
    void readsAFolderOfBareTextFilesWithoutMetadata(@TempDir Path folder) throws IOException, CorpusException {
        Fixtures.write(folder, "b-headline.txt", Fixtures.article("001"));
        Fixtures.write(folder, "a-lead.txt", Fixtures.article("000").getBytes(Charset.forName("windows-1256")));

        Corpus corpus = reader.read(folder);

        assertThat(corpus.articles()).extracting(Article::id).containsExactly("a-lead", "b-headline");
        Article headline = corpus.find("b-headline").orElseThrow();
        assertThat(headline.metadata().title()).isEqualTo(MetaField.stated("الناتو ينفي نيته تعويض التواجد الأميركي في العراق"));
        Article lead = corpus.find("a-lead").orElseThrow();
        assertThat(lead.text()).as("windows-1256 read as well").isEqualTo(Fixtures.article("000"));
        assertThat(lead.metadata().title())
                .as("the first line is a whole paragraph, so the title is made from the lead")
                .isEqualTo(MetaField.supplied("قال حلف شمال الاطلسي الاثنين انه سينهي مهمته…"));
        assertThat(lead.metadata().language()).isEqualTo(MetaField.inferred("ar"));
        assertThat(lead.metadata().outlet().basis()).isEqualTo(Basis.UNKNOWN);
    }

    @Test
    void readsTheBundledCorpusWithItsMetadata() throws CorpusException {
        Corpus corpus = reader.read(Path.of("corpus"));
        assertThat(corpus.articles()).hasSize(5);
        Article article = corpus.find("001").orElseThrow();
        assertThat(article.metadata().date()).isEqualTo(MetaField.inferred("2021-03"));
        assertThat(article.title()).isEqualTo("الناتو ينفي نيته تعويض التواجد الأميركي في العراق");
    }

    @Test
    void refusesAnArticleFileThatIsNotArabicText(@TempDir Path folder) throws IOException {
        Fixtures.write(folder, "notes.txt", "Remember to print the worksheets.");
        assertThatThrownBy(() -> reader.read(folder)).isInstanceOf(CorpusException.class)
                .hasMessage("The file notes.txt holds no Arabic letters; Maqal imports articles in Arabic.");
    }
}
