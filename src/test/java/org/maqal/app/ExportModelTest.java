package org.maqal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.maqal.lesson.SampleLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's model: chosen formats reach the exporter, files written are kept, failures shown. */
class ExportModelTest {
    @TempDir
    Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();

    private final LessonExporter writer = (lesson, formats, paper, target, progress) -> {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(target);
            for (ExportFormat f : formats) {
                written.add(Files.writeString(target.resolve(lesson.id() + "." + f + "." + paper), lesson.title()));
                progress.update(written.size(), formats.size());
            }
        } catch (IOException e) {
            throw new LessonExporter.ExportException("cannot write", e);
        }
        return written;
    };

    @Test
    void writesTheChosenFormatsOnPaperOfTheChosenSize() {
        ExportModel model = new ExportModel(writer, folder, TaskRunner.callingThread(), dialogs);
        model.setFormat(ExportFormat.GIFT, true);
        model.setFormat(ExportFormat.ANSWER_KEY, false);
        model.setPaper(LessonExporter.Paper.LETTER);
        assertThat(model.export(SampleLessons.everyType())).isTrue();
        assertThat(model.written()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("nato-iraq-1.WORKSHEET.LETTER", "nato-iraq-1.GIFT.LETTER");
        assertThat(model.task().running()).isFalse();
        assertThat(model.task().done()).isEqualTo(2);
    }

    @Test
    void nothingChosenAndFailuresAreToldToTheTeacher() {
        ExportModel model = new ExportModel(LessonExporter.unavailable(), folder, TaskRunner.callingThread(), dialogs);
        model.setFormat(ExportFormat.WORKSHEET, false);
        model.setFormat(ExportFormat.ANSWER_KEY, false);
        assertThat(model.export(SampleLessons.everyType())).isFalse();
        assertThat(dialogs.errors).containsExactly("Choose at least one format.");
        model.setFormat(ExportFormat.GIFT, true);
        model.export(SampleLessons.everyType());
        assertThat(dialogs.errors).hasSize(2).last().asString().contains("cannot export yet");
        assertThat(model.written()).isEmpty();
    }
}
