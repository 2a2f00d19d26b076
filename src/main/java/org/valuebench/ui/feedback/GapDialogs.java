package org.valuebench.ui.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.Item;
import org.valuebench.domain.SurveyPreview;

/** The questions the gap view and the feedback import put to the user; tests answer them from a script. */
public interface GapDialogs {

    /** A feedback file to import (any kind ValueBench reads); empty when the user cancels. */
    Optional<Path> chooseFeedbackFile(Path folder);

    /** A folder to save files into; empty when the user cancels. */
    Optional<Path> chooseFolder(String title, Path folder);

    /** A saved survey mapping to load. */
    Optional<Path> chooseMappingToOpen(Path folder);

    /** Where to save a survey mapping. */
    Optional<Path> chooseMappingToSave(Path folder, String suggestedName);

    /** The options for a long-format file (skip invalid rows, allow a duplicate); empty when cancelled. */
    Optional<ImportOptions> longFormatOptions(SurveyPreview preview);

    /**
     * The mapping step for a wide survey export: edits {@code mapping} and answers the options with its
     * mapping; empty when cancelled.
     */
    Optional<ImportOptions> mapSurvey(SurveyMappingViewModel mapping);

    /** A refused or partly imported file: what happened, and each bad row's number and reason. */
    void showImportReport(String title, String summary, List<String> rows);

    /**
     * A feedback record to add or change, starting from {@code record}; empty when cancelled.
     *
     * @param promises the promises the record may be given on
     */
    Optional<Feedback> editFeedback(String title, Feedback record, List<Item> promises);

    void showError(String title, String message);
}
