package org.maqal.export.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maqal.lesson.SampleLessons;
import org.maqal.lesson.grading.Grader;
import org.maqal.lesson.grading.HandInFixtures;

/**
 * Opens the gradebook in LibreOffice Calc (headless, its own profile) and has it save every sheet as
 * CSV as shown, to show a real spreadsheet reads the file, Arabic and numbers included. Skipped
 * where LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui).
 */
class GradebookInLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeReadsEverySheet() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice) && Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so")),
                "LibreOffice Calc is not installed");
        Path book = dir.resolve("gradebook.xlsx");
        new GradebookWriter().write(new Grader().grade(SampleLessons.forStudents(), HandInFixtures.copyTo(dir)), book);

        Process office = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", dir.resolve("csv").toString(), book.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(office.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();

        List<String> a = Files.readAllLines(dir.resolve("csv/gradebook-10A.csv"), StandardCharsets.UTF_8);
        assertThat(a.get(0)).startsWith("بعثة الناتو في العراق — 10A");
        assertThat(a.get(1)).startsWith("الطالب,المجموع,من,النسبة,للتصحيح,9. لماذا يشدد الناتو");
        assertThat(a.get(3)).startsWith("Layla Haddad,19,22,86%,1,3,");
        assertThat(a.get(4)).startsWith("Omar Khalil,1.67,22,8%,1,0,");
        assertThat(Files.readAllLines(dir.resolve("csv/gradebook-10B.csv"), StandardCharsets.UTF_8).get(3)).startsWith("Sara Ali,5,22,");
    }
}
