package org.maqal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.testing.ReadOnlyFolders;

class ExportFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndReplacesAnOldOne() throws Exception {
        Path target = dir.resolve("درس.worksheet.docx");
        ExportFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
        ExportFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFolderInTheWayIsRefusedInOneSentenceAndLeftAlone() throws Exception {
        Path target = Files.createDirectory(dir.resolve("درس.worksheet.docx"));
        Files.writeString(target.resolve("inside.txt"), "keep");
        assertThatThrownBy(() -> ExportFiles.write(target, new byte[] {1, 2, 3}))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("a folder with that name is in the way")
                .hasMessageEndingWith(".");
        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("exports"), "not a folder");
        assertThatThrownBy(() -> ExportFiles.folder(file)).isInstanceOf(ExportException.class)
                .hasMessageContaining("is a file, not a folder");
        assertThatThrownBy(() -> ExportFiles.folder(file.resolve("sub"))).isInstanceOf(ExportException.class)
                .hasMessageStartingWith("Cannot create the folder");
    }

    @Test
    void aReadOnlyFolderIsRefusedAndNothingIsLeftAtTheFinalPath() throws Exception {
        Path folder = ReadOnlyFolders.in(dir);
        Path target = folder.resolve("maqal-export-test.worksheet.docx");
        assertThatThrownBy(() -> ExportFiles.write(target, new byte[] {1, 2, 3}))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("read-only or you may not write there");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void aLockedOrReadOnlyTargetGetsASentenceThatSaysWhatToDo() throws Exception {
        Path existing = Files.writeString(dir.resolve("key.docx"), "x");
        FileSystemException locked = new FileSystemException(existing.toString(), null,
                "The process cannot access the file because it is being used by another process");
        assertThat(ExportFiles.sentence(locked, existing)).isEqualTo(
                "Cannot replace key.docx because it is open in another program; close it there and export again.");
        assertThat(ExportFiles.sentence(new AccessDeniedException(existing.toString()), existing))
                .contains("read-only or open in another program");
        assertThat(ExportFiles.sentence(new IOException("No space left on device"), existing)).contains("the disk is full");
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
