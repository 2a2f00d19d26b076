package org.valuebench.ui.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.SurveyColumn;
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
    private final ObservableList<SurveyColumnMapping> questionColumns = FXCollections.observableArrayList();
    private final List<String> promises;
    private final GapDialogs dialogs;
    private final MappingFiles files;
    private final Path folder;
    private final ObservableList<SurveyColumnMapping> columns = FXCollections.observableArrayList();
    private final StringProperty dateFormat = new SimpleStringProperty("");
    private final ObjectProperty<Voice> voice = new SimpleObjectProperty<>(Voice.CUSTOMER);
    private final StringProperty channel = new SimpleStringProperty(FeedbackChannels.SURVEY);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanProperty allowDuplicate = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean adjusting;

    SurveyMappingViewModel(SurveyPreview preview, List<Item> promises, Optional<SurveyMapping> suggestion,
                           GapDialogs dialogs, MappingFiles files, Path folder) {
        this.promises = promises.stream().map(Item::text).toList();
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
        adjusting = true;
        try {
            headerRows.set(shown.headerRows());
        } finally {
            adjusting = false;
        }
        List<SurveyColumnMapping> fresh = new ArrayList<>();
        for (SurveyColumn column : shown.columns()) {
            List<String> samples = shown.rows().stream()
                    .map(r -> column.index() < r.size() ? r.get(column.index()) : "").toList();
            SurveyColumnMapping mapping = new SurveyColumnMapping(column, samples);
            mapping.roleProperty().addListener((obs, old, now) -> roleChanged(mapping, old, now));
            mapping.promiseProperty().addListener((obs, old, now) -> check());
            mapping.questionProperty().addListener((obs, old, now) -> check());
            mapping.answers().addListener((javafx.collections.MapChangeListener<String, Double>) change -> check());
            fresh.add(mapping);
        }
        columns.setAll(fresh);
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
        return questionColumns;
    }

    private void reread(int rows) {
        if (adjusting || rows == preview.get().headerRows()) {
            return;
        }
        if (rows < 1 || rows > SurveyMapping.MAX_HEADER_ROWS) {
            message.set("Header rows must be between 1 and " + SurveyMapping.MAX_HEADER_ROWS);
            return;
        }
        files.preview(rows, read -> {
            List<SurveyColumnMapping> before = List.copyOf(columns);
            show(read);
            keepUses(before);
            message.set("Read again with " + rows + " header row" + (rows == 1 ? "" : "s") + ".");
        }, failure -> {
            message.set(failure);
            adjusting = true;
            try {
                headerRows.set(preview.get().headerRows());
            } finally {
                adjusting = false;
            }
        });
    }

    /** After the file is read again the columns are the same positions, so each keeps the use it had. */
    private void keepUses(List<SurveyColumnMapping> before) {
        adjusting = true;
        try {
            for (SurveyColumnMapping old : before) {
                column(old.column().index()).ifPresent(now -> {
                    now.roleProperty().set(old.roleProperty().get());
                    now.promiseProperty().set(old.promiseProperty().get());
                    now.scaleProperty().set(old.scaleProperty().get());
                    now.setAnswers(old.answers());
                });
            }
            for (SurveyColumnMapping old : before) {
                SurveyColumnMapping question = old.questionProperty().get();
                if (question != null) {
                    column(old.column().index()).ifPresent(now -> now.questionProperty()
                            .set(column(question.column().index()).orElse(null)));
                }
            }
        } finally {
            adjusting = false;
        }
        check();
    }

    /** The promise texts a question can be mapped to. */
    public List<String> promises() {
        return promises;
    }

    public ObservableList<SurveyColumnMapping> columns() {
        return columns;
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
        return columns.stream().filter(c -> c.column().index() == index).findFirst();
    }

    /** Maps a column as a question on {@code promise}. */
    public void mapQuestion(int columnIndex, String promise, org.valuebench.domain.FeedbackScale scale) {
        column(columnIndex).ifPresent(c -> {
            c.promiseProperty().set(promise);
            c.scaleProperty().set(scale);
            c.roleProperty().set(SurveyColumnRole.QUESTION);
        });
    }

    private void roleChanged(SurveyColumnMapping changed, SurveyColumnRole old, SurveyColumnRole now) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            if (now.single()) {
                columns.stream().filter(c -> c != changed && c.roleProperty().get() == now)
                        .forEach(c -> c.roleProperty().set(SurveyColumnRole.IGNORE));
            }
            if (now == SurveyColumnRole.QUESTION && changed.promiseProperty().get() == null) {
                changed.promiseProperty().set(bestPromise(changed.column()));
            }
            if (old == SurveyColumnRole.QUESTION) {
                columns.stream().filter(c -> c.questionProperty().get() == changed)
                        .forEach(c -> c.questionProperty().set(null));
            }
            if (now.belongsToQuestion() && changed.questionProperty().get() == null) {
                changed.questionProperty().set(nearestQuestionBefore(changed));
            }
        } finally {
            adjusting = false;
        }
        check();
    }

    /** Exports put a question's expectation or comment just after it, so the question to the left is the guess. */
    private SurveyColumnMapping nearestQuestionBefore(SurveyColumnMapping column) {
        SurveyColumnMapping best = null;
        for (SurveyColumnMapping c : columns) {
            if (c.roleProperty().get() == SurveyColumnRole.QUESTION
                    && (best == null || c.column().index() < column.column().index())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The answers in a question's preview rows that are neither blank nor a number, with those a loaded mapping
     * names: the labels that need a score.
     */
    public List<String> answerLabels(SurveyColumnMapping question) {
        java.util.Set<String> labels = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        labels.addAll(question.answers().keySet());
        question.values().stream().map(String::strip).filter(v -> !v.isEmpty() && !isNumber(v)).forEach(labels::add);
        return List.copyOf(labels);
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

    private static boolean isNumber(String value) {
        return value.replace(',', '.').matches("[+-]?\\d+(\\.\\d+)?");
    }

    private String bestPromise(SurveyColumn column) {
        String label = column.label().toLowerCase(Locale.ROOT);
        return promises.stream().filter(p -> label.contains(p.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    private void check() {
        if (adjusting) {
            return;
        }
        List<SurveyColumnMapping> questions = columns.stream()
                .filter(c -> c.roleProperty().get() == SurveyColumnRole.QUESTION).toList();
        if (!questionColumns.equals(questions)) {
            questionColumns.setAll(questions);
        }
        problem.set(firstProblem(questions));
    }

    private String firstProblem(List<SurveyColumnMapping> questions) {
        if (questions.isEmpty()) {
            return "Map at least one question column to a promise.";
        }
        for (SurveyColumnMapping c : questions) {
            if (c.promiseProperty().get() == null) {
                return "Choose the promise that '" + c.column().label() + "' measures.";
            }
            for (String label : answerLabels(c)) {
                if (c.answers().keySet().stream().noneMatch(k -> k.equalsIgnoreCase(label))) {
                    return "Give the answer '" + label + "' in '" + c.column().label() + "' a score (Answers…).";
                }
            }
        }
        for (SurveyColumnMapping c : columns) {
            SurveyColumnRole role = c.roleProperty().get();
            if (!role.belongsToQuestion()) {
                continue;
            }
            SurveyColumnMapping question = c.questionProperty().get();
            if (question == null) {
                return "Choose the question that '" + c.column().label() + "' belongs to.";
            }
            long same = columns.stream().filter(o -> o.roleProperty().get() == role
                    && o.questionProperty().get() == question).count();
            if (same > 1) {
                return "Only one column can be the " + role.toString().toLowerCase(Locale.ROOT).replace(" a question", "")
                        + " '" + question.column().label() + "'.";
            }
        }
        return "";
    }

    /** The mapping as chosen. */
    public SurveyMapping toMapping() {
        if (!problem.get().isEmpty()) {
            throw new InvalidInputException(problem.get());
        }
        List<SurveyQuestion> questions = new ArrayList<>();
        for (SurveyColumnMapping c : columns) {
            if (c.roleProperty().get() == SurveyColumnRole.QUESTION) {
                questions.add(new SurveyQuestion(reference(c.column()), c.promiseProperty().get(),
                        c.scaleProperty().get(), belongingTo(c, SurveyColumnRole.EXPECTATION),
                        belongingTo(c, SurveyColumnRole.QUESTION_COMMENT), Map.copyOf(c.answers())));
            }
        }
        return new SurveyMapping(preview.get().headerRows(), referenceOf(SurveyColumnRole.DATE), dateFormat.get(),
                referenceOf(SurveyColumnRole.SEGMENT), referenceOf(SurveyColumnRole.RESPONDENT),
                referenceOf(SurveyColumnRole.COMMENT), voice.get(), channel.get(), questions);
    }

    /** The options to import with; throws when the mapping is not complete. */
    public ImportOptions options() {
        return new ImportOptions(toMapping(), skipInvalid.get(), allowDuplicate.get());
    }

    private String belongingTo(SurveyColumnMapping question, SurveyColumnRole role) {
        return columns.stream().filter(c -> c.roleProperty().get() == role && c.questionProperty().get() == question)
                .findFirst().map(c -> reference(c.column())).orElse("");
    }

    private String referenceOf(SurveyColumnRole role) {
        return columns.stream().filter(c -> c.roleProperty().get() == role).findFirst()
                .map(c -> reference(c.column())).orElse("");
    }

    /** A name that finds the column again in the next export: its import id or label when unique, else #N. */
    private String reference(SurveyColumn column) {
        if (!column.importId().isEmpty()) {
            return column.importId();
        }
        long same = preview.get().columns().stream().filter(c -> c.label().equalsIgnoreCase(column.label())
                || c.importId().equalsIgnoreCase(column.label())).count();
        return same == 1 && !column.label().matches("#\\d+") ? column.label() : column.positionRef();
    }

    /** Shows a saved or suggested mapping; references that name no column of this file are reported. */
    public void apply(SurveyMapping mapping) {
        List<String> missing = new ArrayList<>();
        adjusting = true;
        try {
            for (SurveyColumnMapping c : columns) {
                c.roleProperty().set(SurveyColumnRole.IGNORE);
                c.clearExtras();
            }
            for (SurveyQuestion q : mapping.questions()) {
                Optional<SurveyColumnMapping> c = find(q.column());
                if (c.isEmpty()) {
                    missing.add(q.column());
                    continue;
                }
                c.get().roleProperty().set(SurveyColumnRole.QUESTION);
                c.get().promiseProperty().set(promises.stream().filter(p -> p.equalsIgnoreCase(q.promise()))
                        .findFirst().orElse(q.promise()));
                c.get().scaleProperty().set(q.scale());
                c.get().setAnswers(q.answers());
            }
            for (SurveyQuestion q : mapping.questions()) {
                find(q.column()).ifPresent(question -> {
                    belongs(q.expectationColumn(), SurveyColumnRole.EXPECTATION, question, missing);
                    belongs(q.commentColumn(), SurveyColumnRole.QUESTION_COMMENT, question, missing);
                });
            }
            role(mapping.dateColumn(), SurveyColumnRole.DATE, missing);
            role(mapping.segmentColumn(), SurveyColumnRole.SEGMENT, missing);
            role(mapping.respondentColumn(), SurveyColumnRole.RESPONDENT, missing);
            role(mapping.commentColumn(), SurveyColumnRole.COMMENT, missing);
            dateFormat.set(mapping.dateFormat());
            voice.set(mapping.voice());
            channel.set(mapping.channel());
        } finally {
            adjusting = false;
        }
        check();
        message.set(missing.isEmpty() ? "" : "Not in this file: " + String.join(", ", missing));
    }

    private void belongs(String reference, SurveyColumnRole role, SurveyColumnMapping question, List<String> missing) {
        if (reference.isEmpty()) {
            return;
        }
        find(reference).ifPresentOrElse(c -> {
            c.roleProperty().set(role);
            c.questionProperty().set(question);
        }, () -> missing.add(reference));
    }

    private void role(String reference, SurveyColumnRole role, List<String> missing) {
        if (reference.isEmpty()) {
            return;
        }
        find(reference).ifPresentOrElse(c -> c.roleProperty().set(role), () -> missing.add(reference));
    }

    /** The column a mapping names, as the import resolves it: #N, import id or label, then any header cell. */
    Optional<SurveyColumnMapping> find(String reference) {
        String ref = reference.strip();
        if (ref.matches("#\\d{1,4}")) {
            return column(Integer.parseInt(ref.substring(1)) - 1);
        }
        List<SurveyColumnMapping> byLabel = columns.stream().filter(c -> c.column().label().equalsIgnoreCase(ref)
                || c.column().importId().equalsIgnoreCase(ref)).toList();
        List<SurveyColumnMapping> matches = byLabel.isEmpty() ? columns.stream().filter(c -> c.column().headerCells()
                .stream().anyMatch(h -> h.equalsIgnoreCase(ref))).toList() : byLabel;
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
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
