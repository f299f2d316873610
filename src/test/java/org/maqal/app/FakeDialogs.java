package org.maqal.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service that records what it was told and answers as scripted. */
final class FakeDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    Texts texts = Texts.of("en");
    SaveChoice saveChoice = SaveChoice.CANCEL;
    int saveQuestions;
    /** The folder the person chooses when asked for one; null for cancelling. */
    Path folderChoice;

    @Override
    public void showError(Message title, Message message) {
        errors.add(message.in(texts));
    }

    @Override
    public void showInfo(Message title, Message message) {
        infos.add(message.in(texts));
    }

    @Override
    public SaveChoice confirmSave(String lessonTitle) {
        saveQuestions++;
        return saveChoice;
    }

    @Override
    public boolean confirm(Message title, Message question) {
        return true;
    }

    @Override
    public List<Path> chooseFilesToImport(Path startFolder) {
        return List.of();
    }

    @Override
    public Optional<Path> chooseLessonToOpen(Path startFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseLessonToSave(Path suggested) {
        return Optional.empty();
    }

    /** The file the person chooses when asked where to save one; null for cancelling. */
    Path fileChoice;

    @Override
    public Optional<Path> chooseFileToSave(Path suggested, Message kind, String extension) {
        return Optional.ofNullable(fileChoice);
    }

    @Override
    public Optional<Path> chooseFolder(Path startFolder) {
        return Optional.ofNullable(folderChoice);
    }
}
