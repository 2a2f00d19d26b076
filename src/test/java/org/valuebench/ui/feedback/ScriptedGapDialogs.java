package org.valuebench.ui.feedback;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.Item;
import org.valuebench.domain.SurveyPreview;

/** Answers the gap view's questions from a script and records what it was shown. */
public final class ScriptedGapDialogs implements GapDialogs {
    final Deque<Path> files = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> reportSummaries = new ArrayList<>();
    final List<List<String>> reports = new ArrayList<>();
    public final List<Feedback> editedFrom = new ArrayList<>();
    ImportOptions longFormat = ImportOptions.DEFAULT;
    Function<SurveyMappingViewModel, Optional<ImportOptions>> mapping = m -> Optional.of(m.options());
    public UnaryOperator<Feedback> edit = f -> f;
    SurveyMappingViewModel lastMapping;

    @Override
    public Optional<Path> chooseFeedbackFile(Path folder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path folder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseMappingToOpen(Path folder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseMappingToSave(Path folder, String suggestedName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<ImportOptions> longFormatOptions(SurveyPreview preview) {
        return Optional.ofNullable(longFormat);
    }

    @Override
    public Optional<ImportOptions> mapSurvey(SurveyMappingViewModel model) {
        lastMapping = model;
        return mapping.apply(model);
    }

    @Override
    public void showImportReport(String title, String summary, List<String> rows) {
        reportSummaries.add(summary);
        reports.add(rows);
    }

    @Override
    public Optional<Feedback> editFeedback(String title, Feedback record, List<Item> promises) {
        editedFrom.add(record);
        return Optional.ofNullable(edit.apply(record));
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }
}
