package org.valuebench.ui.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.Voice;

/**
 * The mapping step of a survey import: which column measures which promise on which scale (with scores for
 * answer labels), which columns hold a question's expectation or comment, and which hold the date, segment,
 * respondent and comment. Starts from the suggested mapping; the header-row count can be corrected, which
 * reads the file again; the mapping can be saved to a file and loaded.
 */
public final class SurveyMappingViewModel {

    /** Reads and writes mapping files and reads the survey again (on the database thread in the window). */
    interface MappingFiles {
        void read(Path file, Consumer<SurveyMapping> onRead, Consumer<String> onFailure);

        void write(SurveyMapping mapping, Path file, Runnable onWritten, Consumer<String> onFailure);

        /** The survey's first rows again, assuming {@code headerRows} header rows. */
        void preview(int headerRows, Consumer<SurveyPreview> onRead, Consumer<String> onFailure);
    }

    private final ReadOnlyObjectWrapper<SurveyPreview> preview = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty headerRows = new SimpleIntegerProperty();
    private final List<String> promises;
    private final SurveyColumnTable table;
    private final GapDialogs dialogs;
    private final MappingFiles files;
    private final Path folder;
    private final StringProperty dateFormat = new SimpleStringProperty("");
    private final ObjectProperty<Voice> voice = new SimpleObjectProperty<>(Voice.CUSTOMER);
    private final StringProperty channel = new SimpleStringProperty(FeedbackChannels.SURVEY);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanProperty allowDuplicate = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    SurveyMappingViewModel(SurveyPreview preview, List<Item> promises, Optional<SurveyMapping> suggestion,
                           GapDialogs dialogs, MappingFiles files, Path folder) {
        this.promises = promises.stream().map(Item::text).toList();
        this.table = new SurveyColumnTable(this.promises, this::check);
        this.dialogs = dialogs;
        this.files = files;
        this.folder = folder;
        show(preview);
        suggestion.ifPresentOrElse(this::apply, this::check);
        message.set(suggestion.isPresent() ? "Suggested from the column names and answers; check each column."
                : "No column names a promise: choose the promise each question measures.");
        headerRows.addListener((obs, old, now) -> reread(now.intValue()));
    }

    private void show(SurveyPreview shown) {
        preview.set(shown);
        table.quietly(() -> headerRows.set(shown.headerRows()));
        table.show(shown);
    }

    public SurveyPreview preview() {
        return preview.get();
    }

    public ReadOnlyObjectProperty<SurveyPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Header rows before the first answer row; changing it reads the file again, keeping each column's use. */
    public IntegerProperty headerRowsProperty() {
        return headerRows;
    }

    /** The columns mapped as questions, for expectation and comment columns to belong to. */
    public ObservableList<SurveyColumnMapping> questionColumns() {
        return table.questionColumns();
    }

    private void reread(int rows) {
        if (table.adjusting() || rows == preview.get().headerRows()) {
            return;
        }
        if (rows < 1 || rows > SurveyMapping.MAX_HEADER_ROWS) {
            message.set("Header rows must be between 1 and " + SurveyMapping.MAX_HEADER_ROWS);
            return;
        }
        files.preview(rows, read -> {
            List<SurveyColumnMapping> before = List.copyOf(table.columns());
            show(read);
            table.keepUses(before);
            message.set("Read again with " + rows + " header row" + (rows == 1 ? "" : "s") + ".");
        }, failure -> {
            message.set(failure);
            table.quietly(() -> headerRows.set(preview.get().headerRows()));
        });
    }

    /** The promise texts a question can be mapped to. */
    public List<String> promises() {
        return promises;
    }

    public ObservableList<SurveyColumnMapping> columns() {
        return table.columns();
    }

    public StringProperty dateFormatProperty() {
        return dateFormat;
    }

    public ObjectProperty<Voice> voiceProperty() {
        return voice;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public BooleanProperty allowDuplicateProperty() {
        return allowDuplicate;
    }

    /** Why the mapping cannot be used yet; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last save or load did, or a hint. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Optional<SurveyColumnMapping> column(int index) {
        return table.column(index);
    }

    /** Maps a column as a question on {@code promise}. */
    public void mapQuestion(int columnIndex, String promise, FeedbackScale scale) {
        column(columnIndex).ifPresent(c -> {
            c.promiseProperty().set(promise);
            c.scaleProperty().set(scale);
            c.roleProperty().set(SurveyColumnRole.QUESTION);
        });
    }

    /**
     * The answers in a question's preview rows that are neither blank nor a number, with those a loaded mapping
     * names: the labels that need a score.
     */
    public List<String> answerLabels(SurveyColumnMapping question) {
        return SurveyMappingProblems.answerLabels(question);
    }

    /** Gives an answer label a score on the question's scale, or takes it away with null. */
    public void scoreAnswer(SurveyColumnMapping question, String label, Double score) {
        if (score == null) {
            question.answers().keySet().removeIf(k -> k.equalsIgnoreCase(label));
        } else if (!question.scaleProperty().get().contains(score)) {
            message.set(Feedback.format(score) + " is outside the scale " + question.scaleProperty().get().label());
        } else {
            question.answers().keySet().removeIf(k -> k.equalsIgnoreCase(label) && !k.equals(label));
            question.answers().put(label, score);
        }
    }

    private void check() {
        if (table.adjusting()) {
            return;
        }
        List<SurveyColumnMapping> questions = table.updateQuestionColumns();
        problem.set(SurveyMappingProblems.first(questions, table.columns()));
    }

    /** The mapping as chosen. */
    public SurveyMapping toMapping() {
        if (!problem.get().isEmpty()) {
            throw new InvalidInputException(problem.get());
        }
        List<SurveyQuestion> questions = table.questions();
        return new SurveyMapping(preview.get().headerRows(), table.referenceOf(SurveyColumnRole.DATE),
                dateFormat.get(), table.referenceOf(SurveyColumnRole.SEGMENT),
                table.referenceOf(SurveyColumnRole.RESPONDENT), table.referenceOf(SurveyColumnRole.COMMENT),
                voice.get(), channel.get(), questions);
    }

    /** The options to import with; throws when the mapping is not complete. */
    public ImportOptions options() {
        return new ImportOptions(toMapping(), skipInvalid.get(), allowDuplicate.get());
    }

    /** Shows a saved or suggested mapping; references that name no column of this file are reported. */
    public void apply(SurveyMapping mapping) {
        List<String> missing = new ArrayList<>();
        table.quietly(() -> {
            table.apply(mapping, missing::add);
            dateFormat.set(mapping.dateFormat());
            voice.set(mapping.voice());
            channel.set(mapping.channel());
        });
        check();
        message.set(missing.isEmpty() ? "" : "Not in this file: " + String.join(", ", missing));
    }

    // ---- mapping files

    public void saveMapping() {
        SurveyMapping mapping;
        try {
            mapping = toMapping();
        } catch (InvalidInputException e) {
            message.set(e.getMessage());
            return;
        }
        String name = preview.get().fileName().replaceFirst("\\.[^.]*$", "") + ".mapping.json";
        dialogs.chooseMappingToSave(folder, name).ifPresent(file -> files.write(mapping, file,
                () -> message.set("Mapping saved to " + file.getFileName()), message::set));
    }

    public void loadMapping() {
        dialogs.chooseMappingToOpen(folder).ifPresent(file -> files.read(file, read -> {
            apply(read);
            if (message.get().isEmpty()) {
                message.set("Mapping loaded from " + file.getFileName());
            }
        }, message::set));
    }
}
