package org.valuebench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.app.ImportOptions;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.Voice;

/**
 * The mapping step of a survey import: which column measures which promise on which scale, and which columns
 * hold the date, segment, respondent and comment. Starts from the suggested mapping; can save the mapping to a
 * file and load one.
 */
public final class SurveyMappingViewModel {

    /** Reads and writes mapping files (on the database thread in the window). */
    interface MappingFiles {
        void read(Path file, Consumer<SurveyMapping> onRead, Consumer<String> onFailure);

        void write(SurveyMapping mapping, Path file, Runnable onWritten, Consumer<String> onFailure);
    }

    private final SurveyPreview preview;
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
        this.preview = preview;
        this.promises = promises.stream().map(Item::text).toList();
        this.dialogs = dialogs;
        this.files = files;
        this.folder = folder;
        for (SurveyColumn column : preview.columns()) {
            List<String> samples = preview.rows().stream()
                    .map(r -> column.index() < r.size() ? r.get(column.index()) : "").toList();
            SurveyColumnMapping mapping = new SurveyColumnMapping(column, samples);
            mapping.roleProperty().addListener((obs, old, now) -> roleChanged(mapping, now));
            mapping.promiseProperty().addListener((obs, old, now) -> check());
            columns.add(mapping);
        }
        suggestion.ifPresentOrElse(this::apply, this::check);
        message.set(suggestion.isPresent() ? "Suggested from the column names and answers; check each column."
                : "No column names a promise: choose the promise each question measures.");
    }

    public SurveyPreview preview() {
        return preview;
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

    private void roleChanged(SurveyColumnMapping changed, SurveyColumnRole now) {
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
        } finally {
            adjusting = false;
        }
        check();
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
        if (questions.isEmpty()) {
            problem.set("Map at least one question column to a promise.");
        } else {
            problem.set(questions.stream().filter(c -> c.promiseProperty().get() == null).findFirst()
                    .map(c -> "Choose the promise that '" + c.column().label() + "' measures.").orElse(""));
        }
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
                        c.scaleProperty().get(), c.expectationColumn, c.commentColumn, c.answers));
            }
        }
        return new SurveyMapping(preview.headerRows(), referenceOf(SurveyColumnRole.DATE), dateFormat.get(),
                referenceOf(SurveyColumnRole.SEGMENT), referenceOf(SurveyColumnRole.RESPONDENT),
                referenceOf(SurveyColumnRole.COMMENT), voice.get(), channel.get(), questions);
    }

    /** The options to import with; throws when the mapping is not complete. */
    public ImportOptions options() {
        return new ImportOptions(toMapping(), skipInvalid.get(), allowDuplicate.get());
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
        long same = preview.columns().stream().filter(c -> c.label().equalsIgnoreCase(column.label())
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
                c.get().expectationColumn = q.expectationColumn();
                c.get().commentColumn = q.commentColumn();
                c.get().answers = q.answers();
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
        String name = preview.fileName().replaceFirst("\\.[^.]*$", "") + ".mapping.json";
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
