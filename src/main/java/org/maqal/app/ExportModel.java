package org.maqal.app;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.maqal.model.Lesson;

/**
 * The export dialog's state: formats, paper, folder; the export as a background task with progress;
 * and the files written, so the dialog can offer to open their folder.
 */
public final class ExportModel {
    private final LessonExporter exporter;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Listeners listeners = new Listeners();
    private Set<ExportFormat> formats = EnumSet.of(ExportFormat.WORKSHEET, ExportFormat.ANSWER_KEY);
    private LessonExporter.Paper paper = LessonExporter.Paper.A4;
    private Path folder;
    private final TaskState task = new TaskState(listeners);
    private List<Path> written = List.of();

    public ExportModel(LessonExporter exporter, Path defaultFolder, TaskRunner runner, DialogService dialogs) {
        this.exporter = exporter;
        this.folder = Objects.requireNonNull(defaultFolder);
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public Listeners listeners() {
        return listeners;
    }

    public Set<ExportFormat> formats() {
        return formats;
    }

    public void setFormat(ExportFormat format, boolean wanted) {
        EnumSet<ExportFormat> next = formats.isEmpty() ? EnumSet.noneOf(ExportFormat.class) : EnumSet.copyOf(formats);
        if (wanted) next.add(format);
        else next.remove(format);
        formats = next;
        listeners.fire();
    }

    public LessonExporter.Paper paper() {
        return paper;
    }

    public void setPaper(LessonExporter.Paper paper) {
        this.paper = paper;
        listeners.fire();
    }

    public Path folder() {
        return folder;
    }

    public void setFolder(Path folder) {
        this.folder = folder;
        listeners.fire();
    }

    /** The export under way, if any: whether it runs, how far it has got, and how to cancel it. */
    public TaskState task() {
        return task;
    }

    /** The files the last export wrote. */
    public List<Path> written() {
        return written;
    }

    /** Exports in the background; false when nothing is chosen (the teacher is told) or one is running. */
    public boolean export(Lesson lesson) {
        if (task.running()) return false;
        if (formats.isEmpty()) {
            dialogs.showError(Message.of("export.title"), Message.of("export.problem.formats"));
            return false;
        }
        Set<ExportFormat> chosen = Set.copyOf(formats);
        LessonExporter.Paper size = paper;
        Path target = folder;
        written = List.of();
        task.start(BackgroundTask.of(progress -> exporter.export(lesson, chosen, size, target, progress)), chosen.size(),
                runner, files -> {
                    written = List.copyOf(files);
                    listeners.fire();
                },
                e -> dialogs.showError(Message.of("export.title"), FileProblems.of(e)));
        return true;
    }
}
