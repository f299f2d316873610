package org.maqal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path inbox;

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path corpus() {
        return root.resolve("corpus");
    }

    private static String article(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_") && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    /** The files of a folder, leaving out the {@code .maqal} folder where Maqal keeps what it can rebuild. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".maqal")).sorted().toList();
        }
    }

    @Test
    void importsEachFileAndPrintsOneLineForIt() throws IOException {
        Path a = Files.writeString(inbox.resolve("mission.txt"), article("000"));
        Path b = Files.write(inbox.resolve("olsen.txt"), article("001").getBytes(Charset.forName("windows-1256")));

        int code = run("import", a.toString(), b.toString(), "--corpus", corpus().toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly(a + ": added as mission", b + ": added as olsen");
        assertThat(err.toString()).isEmpty();
        assertThat(names(corpus())).containsExactly("mission.json", "mission.txt", "olsen.json", "olsen.txt");
        assertThat(Files.readString(corpus().resolve("olsen.txt"), StandardCharsets.UTF_8)).isEqualTo(article("001"));
    }

    @Test
    void aFileAlreadyInTheCorpusIsNotAnError() throws IOException {
        Path a = Files.writeString(inbox.resolve("mission.txt"), article("000"));
        run("import", a.toString(), "--corpus", corpus().toString());
        out.getBuffer().setLength(0);
        Path copy = Files.writeString(inbox.resolve("copy.txt"), article("000").replace("\n", "\r\n"));

        int code = run("import", "--corpus", corpus().toString(), a.toString(), copy.toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly(
                a + ": already in the corpus as mission", copy + ": already in the corpus as mission");
        assertThat(names(corpus())).containsExactly("mission.json", "mission.txt");
    }

    @Test
    void aRefusedFileGivesANonZeroExitCodeAndTheOthersAreStillImported() throws IOException {
        Path empty = Files.writeString(inbox.resolve("empty.txt"), "");
        Path good = Files.writeString(inbox.resolve("good.txt"), article("002"));
        Path png = Files.write(inbox.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        int code = run("import", empty.toString(), good.toString(), png.toString(), "--corpus", corpus().toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(good + ": added as good");
        assertThat(err.toString().lines()).containsExactly(
                empty + ": refused: The file empty.txt is empty; choose the file that holds the article's text.",
                png + ": refused: The file photo.txt is a PNG image, not plain text; import the .docx or .html the"
                        + " article came from, or copy its text into a .txt file.");
        assertThat(names(corpus())).containsExactly("good.json", "good.txt");
    }

    @Test
    void aMissingFileIsRefusedInOneLineWithoutAStackTrace() {
        int code = run("import", inbox.resolve("nowhere.txt").toString(), "--corpus", corpus().toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .endsWith(": refused: There is no file " + inbox.resolve("nowhere.txt") + "; check the name and the folder.");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        assertThat(corpus()).doesNotExist();
    }

    @Test
    void aBatchOfBadFilesGivesOneLinePerFileAndNoStackTrace() throws IOException {
        byte[] noise = new byte[8192];
        new java.util.Random(9).nextBytes(noise);
        List<Path> bad = List.of(
                Files.write(inbox.resolve("noise.docx"), noise),
                Files.write(inbox.resolve("noise.html"), noise),
                Files.writeString(inbox.resolve("lost.txt"), "???? ????? ??? ??????\n??????? ?? ?????"),
                Files.writeString(inbox.resolve("english.html"), "<p>NATO ends its mission in Iraq.</p>"),
                Files.writeString(inbox.resolve("charset.html"), "<meta charset=\"-\"><p>NATO</p>"),
                Files.write(inbox.resolve("cut.docx"), java.util.Arrays.copyOf(noise, 3)),
                Files.writeString(inbox.resolve("notes.rtf"), "{\\rtf1 الناتو}"));
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("import", "--corpus", corpus().toString()),
                bad.stream().map(Path::toString)).toArray(String[]::new);

        int code = run(args);

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(bad.size());
        for (int i = 0; i < bad.size(); i++) {
            assertThat(lines.get(i)).startsWith(bad.get(i) + ": refused: ").endsWith(".");
        }
        assertThat(err.toString()).doesNotContain("Exception", "\tat ", "java.");
        assertThat(corpus()).doesNotExist();
    }

    @Test
    void withoutFilesItSaysHowToUseIt() {
        int code = run("import", "--corpus", corpus().toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'").contains("Usage: maqal import");
    }

    @Test
    void isListedInTheHelpAndHasItsOwn() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).containsPattern("(?m)^\\s+import\\s");
        out.getBuffer().setLength(0);
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: maqal import", "--corpus=DIR", "FILE...");
    }
}
