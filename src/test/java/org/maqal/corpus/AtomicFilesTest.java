package org.maqal.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What killed saves leave behind is cleaned up the next time the folder is written, and only that:
 * temporary files named as Maqal names them and older than a few minutes. A teacher's own files, even
 * ones that look like temporary files, and a save under way in another process stay.
 */
class AtomicFilesTest {
    @TempDir
    Path folder;

    private Path file(String name, Duration age) throws IOException {
        Path p = Files.writeString(folder.resolve(name), "x");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteLeavesOnlyTheTargetAndTheTempNameIsOurs() throws IOException {
        AtomicFiles.write(folder.resolve("lesson.json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(names()).containsExactly("lesson.json");
        assertThat(AtomicFiles.isTemp(".lesson.json.maqal-1234567890123456789.tmp")).isTrue();
    }

    @Test
    void writingInAFolderRemovesStaleTempFilesOfKilledSavesAndNothingElse() throws IOException {
        Duration old = AtomicFiles.STALE_AFTER.plusMinutes(1);
        file(".lesson.json.maqal-8123456789012345678.tmp", old);
        file(".work.json-5123456789012345678.tmp", old);
        file(".glossary.json.maqal-77.tmp", Duration.ofSeconds(5));
        file("notes.tmp", old);
        file(".notes.tmp", old);
        file(".draft-2024.tmp", old);
        file("report.maqal-123.tmp", old);
        file(".report.maqal-12a.tmp", old);
        file("lesson.json.bak", old);
        Files.createDirectory(folder.resolve(".old.json.maqal-1.tmp"));

        AtomicFiles.write(folder.resolve("lesson.json"), "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(names()).containsExactly(".draft-2024.tmp", ".glossary.json.maqal-77.tmp", ".notes.tmp",
                ".old.json.maqal-1.tmp", ".report.maqal-12a.tmp", "lesson.json", "lesson.json.bak", "notes.tmp",
                "report.maqal-123.tmp");
    }

    @Test
    void removingStaleTempsReportsHowManyAndToleratesAMissingFolder() throws IOException {
        file(".a.txt.maqal-1.tmp", AtomicFiles.STALE_AFTER.plusSeconds(30));
        file(".a.json.maqal-2.tmp", AtomicFiles.STALE_AFTER.plusHours(30));
        file(".a.json.maqal-3.tmp", AtomicFiles.STALE_AFTER.minusMinutes(1));
        assertThat(AtomicFiles.removeStaleTemps(folder)).isEqualTo(2);
        assertThat(names()).containsExactly(".a.json.maqal-3.tmp");
        assertThat(AtomicFiles.removeStaleTemps(folder.resolve("missing"))).isZero();
    }

    @Test
    void openingAFileAfterACrashRemovesItsOwnTempFilesWhateverTheirAge() throws IOException {
        Path work = file("ليلى.work.json", Duration.ZERO);
        file(".ليلى.work.json.maqal-41.tmp", Duration.ZERO);
        file(".ليلى.work.json-4123456789012345678.tmp", Duration.ZERO);
        file(".سامي.work.json.maqal-42.tmp", Duration.ZERO);
        file(".ليلى.work.json.bak.maqal-43.tmp", Duration.ZERO);

        AtomicFiles.removeTempsOf(work);

        assertThat(names()).containsExactlyInAnyOrder(".ليلى.work.json.bak.maqal-43.tmp", ".سامي.work.json.maqal-42.tmp", "ليلى.work.json");
    }

    @Test
    void aNewFileGetsThePermissionsAnyNewFileGetsAndAReplacedFileKeepsItsOwn() throws IOException {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(folder.resolve("plain.txt"), "x");
        Path worksheet = folder.resolve("worksheet.docx");
        AtomicFiles.write(worksheet, new byte[] {1, 2, 3});
        assertThat(Files.getPosixFilePermissions(worksheet)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(worksheet, shared);
        AtomicFiles.write(worksheet, new byte[] {4, 5});
        assertThat(Files.getPosixFilePermissions(worksheet)).isEqualTo(shared);
        assertThat(Files.readAllBytes(worksheet)).containsExactly(4, 5);
    }
}
