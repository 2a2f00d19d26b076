package org.valuebench.ui.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.Voice;

/**
 * The mapping step of a survey import: which column measures which promise on which scale (with scores for
 * answer labels), which columns hold a question's expectation or comment, and which hold the date, segment,
 * respondent and comment. Starts from the suggested mapping, then what the file's known layout says (its
 * {@link FormatHints}: rating columns with their scales, but never the promise they measure); the header-row
 * count can be corrected and a workbook's sheet chosen, which read the file again; the kinds of response that
 * are not customers' feedback can be included; the mapping can be saved to a file and loaded.
 */
public final class SurveyMappingViewModel {

    /** Reads and writes mapping files and reads the survey again (on the database thread in the window). */
    interface MappingFiles {
        void read(Path file, Consumer<SurveyMapping> onRead, Consumer<String> onFailure);

        void write(SurveyMapping mapping, Path file, Runnable onWritten, Consumer<String> onFailure);

        /** The survey's first rows again (of a workbook's {@code sheet}), assuming {@code headerRows} header rows. */
        void preview(String sheet, int headerRows, Consumer<SurveyPreview> onRead, Consumer<String> onFailure);

        /** The first rows of another sheet of the workbook, header rows detected, with a suggested mapping. */
        void sheet(String sheet, Consumer<SheetRead> onRead, Consumer<String> onFailure);
    }

    /** A workbook's sheet as read for the mapping step. */
    record SheetRead(SurveyPreview preview, Optional<SurveyMapping> suggestion) {
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
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper excluded = new ReadOnlyStringWrapper("");
    private final Map<ResponseKind, BooleanProperty> include = new EnumMap<>(ResponseKind.class);

    SurveyMappingViewModel(SurveyPreview preview, List<Item> promises, Optional<SurveyMapping> suggestion,
                           GapDialogs dialogs, MappingFiles files, Path folder) {
        this.promises = promises.stream().map(Item::text).toList();
        this.table = new SurveyColumnTable(this.promises, this::check);
        this.dialogs = dialogs;
        this.files = files;
        this.folder = folder;
        for (ResponseKind kind : ResponseKind.values()) {
            include.put(kind, new SimpleBooleanProperty(false));
        }
        start(preview, suggestion);
        headerRows.addListener((obs, old, now) -> reread(now.intValue()));
        sheet.addListener((obs, old, now) -> readSheet(now));
    }

    /** Shows {@code shown} with the suggestion, then the hints of its layout on top. */
    private void start(SurveyPreview shown, Optional<SurveyMapping> suggestion) {
        show(shown);
        suggestion.ifPresent(this::apply);
        List<String> missing = new ArrayList<>();
        FormatHints hints = shown.hints();
        table.quietly(() -> {
            SurveyHints.apply(hints, table, missing::add);
            if (!hints.dateFormat().isEmpty()) {
                dateFormat.set(hints.dateFormat());
            }
            if (hints.voice() != null) {
                voice.set(hints.voice());
            }
            if (!hints.channel().isEmpty()) {
                channel.set(hints.channel());
            }
        });
        check();
        if (!missing.isEmpty()) {
            message.set("Not in this file: " + String.join(", ", missing));
        } else if (!hints.ratings().isEmpty()) {
            message.set(shown.format().title() + ": the ratings and their scales are set from the file's layout;"
                    + " choose the promise each one measures.");
        } else {
            message.set(suggestion.isPresent() ? "Suggested from the column names and answers; check each column."
                    : "No column names a promise: choose the promise each question measures.");
        }
    }

    private void show(SurveyPreview shown) {
        preview.set(shown);
        table.quietly(() -> {
            headerRows.set(shown.headerRows());
            if (!sheets.equals(shown.sheets())) {
                sheets.setAll(shown.sheets());
            }
            sheet.set(shown.sheet());
        });
        rule.set(shown.hints().rule());
        excluded.set(shown.excluded().describe());
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
        files.preview(preview.get().sheet(), rows, read -> {
            List<SurveyColumnMapping> before = List.copyOf(table.columns());
            show(read);
            table.keepUses(before);
            message.set("Read again with " + rows + " header row" + (rows == 1 ? "" : "s") + ".");
        }, failure -> {
            message.set(failure);
            table.quietly(() -> headerRows.set(preview.get().headerRows()));
        });
    }

    /** A workbook's sheets, in order; empty for other files. */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** True when there is a sheet to choose: a workbook of several sheets. */
    public boolean choosesSheet() {
        return sheets.size() > 1;
    }

    /** The sheet shown; choosing another reads it (header rows detected) and starts its mapping afresh. */
    public StringProperty sheetProperty() {
        return sheet;
    }

    private void readSheet(String name) {
        if (table.adjusting() || name == null || name.equals(preview.get().sheet())) {
            return;
        }
        message.set("Reading the sheet '" + name + "'…");
        files.sheet(name, read -> start(read.preview(), read.suggestion()), failure -> {
            message.set(failure);
            table.quietly(() -> sheet.set(preview.get().sheet()));
        });
    }

    /** How the file's values are read, e.g. how good and bad become scores; blank when nothing needs saying. */
    public ReadOnlyStringProperty ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    /** The responses the import leaves out as not customers' feedback, among the rows read; blank for none. */
    public ReadOnlyStringProperty excludedProperty() {
        return excluded.getReadOnlyProperty();
    }

    /** Whether responses of {@code kind} (previews, tests, spam, unfinished) are imported too; none by default. */
    public BooleanProperty includeProperty(ResponseKind kind) {
        return include.get(kind);
    }

    private Set<ResponseKind> included() {
        Set<ResponseKind> kinds = EnumSet.noneOf(ResponseKind.class);
        include.forEach((kind, chosen) -> {
            if (chosen.get()) {
                kinds.add(kind);
            }
        });
        return kinds;
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
                voice.get(), channel.get(), questions, included());
    }

    /** The options to import with, for the kind of file and the sheet shown; throws when the mapping is not complete. */
    public ImportOptions options() {
        return new ImportOptions(toMapping(), skipInvalid.get(), allowDuplicate.get())
                .withFormat(preview.get().format()).withSheet(preview.get().sheet());
    }

    /** Shows a saved or suggested mapping; references that name no column of this file are reported. */
    public void apply(SurveyMapping mapping) {
        List<String> missing = new ArrayList<>();
        table.quietly(() -> {
            table.apply(mapping, missing::add);
            dateFormat.set(mapping.dateFormat());
            voice.set(mapping.voice());
            channel.set(mapping.channel());
            include.forEach((kind, chosen) -> chosen.set(mapping.include().contains(kind)));
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
