package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.analysis.CorpusAnalyzer;
import org.maqal.cli.Cli;
import org.maqal.corpus.ArticleImporter;
import org.maqal.corpus.CorpusException;
import org.maqal.corpus.CorpusReader;
import org.maqal.corpus.ImportProblem;
import org.maqal.testing.Seeds;

/**
 * Bad article files made here, imported from the window in Arabic and in English: each is refused with
 * a sentence in the interface's language that names the file and says what to do, the command line
 * keeps its English sentence, and neither the file nor the corpus is changed.
 */
class ImportProblemsTest {
    @TempDir
    Path root;
    private final FakeDialogs dialogs = new FakeDialogs();
    private CorpusModel corpus;
    private Path folder;

    /** A bad file, the kind it is refused as, and what the Arabic and English sentences say to do. */
    private record Bad(Path file, ImportProblem kind, String arabic, String english) {
    }

    @BeforeEach
    void copyCorpus() throws Exception {
        folder = Seeds.copyCorpusInto(root);
        corpus = new CorpusModel(folder, new CorpusReader(), CorpusAnalyzer.standard(), new ArticleImporter(),
                TaskRunner.callingThread(), dialogs);
        corpus.load();
    }

    private List<Bad> badFiles() throws Exception {
        Path in = Files.createDirectories(root.resolve("downloads"));
        String arabic = "قال الأمين العام لحلف شمال الأطلسي إن بعثة الحلف في العراق غير قتالية.";
        List<Bad> bad = new ArrayList<>();
        bad.add(new Bad(Files.write(in.resolve("empty.txt"), new byte[0]), ImportProblem.EMPTY,
                "فارغ؛ اختر الملف الذي فيه نص المقال", "is empty; choose the file that holds the article's text"));
        bad.add(new Bad(Files.write(in.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}),
                ImportProblem.NOT_TEXT, "أو انسخ نصه إلى ملف", "or copy its text into a .txt file"));
        bad.add(new Bad(Files.writeString(in.resolve("english.txt"), "NATO trains Iraqi forces in Baghdad, officials said."),
                ImportProblem.NO_ARABIC, "لا يُستورد إلا المقالات العربية", "Maqal imports articles in Arabic"));
        bad.add(new Bad(Files.writeString(in.resolve("lost.txt"), arabic.replaceAll("\\p{IsArabic}", "?")),
                ImportProblem.LETTERS_LOST, "احفظه من جديد من الأصل بترميز UTF-8", "save it again from the original as UTF-8"));
        bad.add(new Bad(Files.writeString(in.resolve("mojibake.txt"),
                new String(arabic.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"))),
                ImportProblem.WRONG_ENCODING, "احفظه من جديد من الأصل بترميز UTF-8", "save it again from the original as UTF-8"));
        Path huge = in.resolve("collection.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(21L * 1024 * 1024);
        }
        bad.add(new Bad(huge, ImportProblem.TOO_LARGE, "استورد المقال وحده لا مجموعة كاملة",
                "larger than the 20 MB an article may have; import the article on its own"));
        bad.add(new Bad(Files.writeString(in.resolve("old.doc"), "old"), ImportProblem.OLD_WORD,
                "افتحه في وورد أو ليبر أوفيس واحفظه بصيغة", "save it as .docx and import that"));
        bad.add(new Bad(Files.write(in.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8}),
                ImportProblem.DAMAGED_DOCX, "واحفظه من جديد بصيغة", "save it again as .docx"));
        return bad;
    }

    private static Map<Path, byte[]> contents(Stream<Path> files) {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        files.filter(Files::isRegularFile).sorted().forEach(f -> {
            try {
                out.put(f, f.getFileName().toString().equals("collection.txt") ? new byte[0] : Files.readAllBytes(f));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }

    @Test
    void eachBadFileIsRefusedInTheWindowsLanguageNamingTheFileAndWhatToDo() throws Exception {
        List<Bad> bad = badFiles();
        List<Path> files = bad.stream().map(Bad::file).toList();
        Map<Path, byte[]> before = contents(Stream.concat(files.stream(), Files.list(folder)));

        dialogs.texts = Texts.of("ar");
        corpus.importFiles(files);
        dialogs.texts = Texts.of("en");
        corpus.importFiles(files);

        assertThat(dialogs.infos).hasSize(2);
        List<String> arabicLines = List.of(dialogs.infos.get(0).split("\n"));
        List<String> englishLines = List.of(dialogs.infos.get(1).split("\n"));
        assertThat(arabicLines).hasSize(bad.size());
        for (int i = 0; i < bad.size(); i++) {
            Bad b = bad.get(i);
            String name = b.file().getFileName().toString();
            CorpusException refusal = refusal(b.file());
            assertThat(refusal.problem()).as(name).isEqualTo(b.kind());
            assertThat(arabicLines.get(i)).as(name)
                    .startsWith("لم يُستورد الملف " + name + ": ")
                    .contains("«" + name + "»")
                    .contains(b.arabic())
                    .doesNotContain("The file");
            assertThat(englishLines.get(i)).as(name)
                    .startsWith(name + " was not imported: ")
                    .contains(b.english());
        }
        assertThat(contents(Stream.concat(files.stream(), Files.list(folder)))).as("the files and the corpus as they were")
                .containsExactlyEntriesOf(before);
        assertThat(corpus.articles()).hasSize(5);
    }

    @Test
    void theCommandLineKeepsItsEnglishSentence() throws Exception {
        Path empty = Files.write(root.resolve("empty.txt"), new byte[0]);
        StringWriter err = new StringWriter();

        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "import", empty.toString(),
                "--corpus", folder.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("The file empty.txt is empty; choose the file that holds the article's text.");
        assertThat(err.toString()).doesNotContain("فارغ");
    }

    private CorpusException refusal(Path file) {
        try {
            new ArticleImporter().importFile(file, folder);
        } catch (CorpusException e) {
            return e;
        }
        throw new AssertionError(file + " was imported");
    }
}
