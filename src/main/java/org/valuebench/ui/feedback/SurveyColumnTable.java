package org.valuebench.ui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;

/**
 * The survey's columns in the mapping step, one row each, and the rules that keep their roles consistent:
 * one column per single role, a new question guesses its promise from its label, an expectation or comment
 * guesses the question to its left and loses it when that stops being a question. Also how a mapping file
 * names the columns, both ways. Changes made while {@link #adjusting()} (the table's own, or the owner's inside
 * {@link #quietly}) are not reported one by one: the owner hears once afterwards.
 */
final class SurveyColumnTable {
    private final List<String> promises;
    private final Runnable changed;
    private final ObservableList<SurveyColumnMapping> columns = FXCollections.observableArrayList();
    private final ObservableList<SurveyColumnMapping> questionColumns = FXCollections.observableArrayList();
    private boolean adjusting;

    /** {@code changed} hears of every change of a column's use, but for those made while adjusting. */
    SurveyColumnTable(List<String> promises, Runnable changed) {
        this.promises = promises;
        this.changed = changed;
    }

    /** One row per column of {@code preview}, each not imported yet. */
    void show(SurveyPreview preview) {
        List<SurveyColumnMapping> fresh = new ArrayList<>();
        for (SurveyColumn column : preview.columns()) {
            List<String> samples = preview.rows().stream()
                    .map(r -> column.index() < r.size() ? r.get(column.index()) : "").toList();
            SurveyColumnMapping mapping = new SurveyColumnMapping(column, samples);
            mapping.roleProperty().addListener((obs, old, now) -> roleChanged(mapping, old, now));
            mapping.promiseProperty().addListener((obs, old, now) -> changed.run());
            mapping.questionProperty().addListener((obs, old, now) -> changed.run());
            mapping.answers().addListener((MapChangeListener<String, Double>) change -> changed.run());
            fresh.add(mapping);
        }
        columns.setAll(fresh);
    }

    ObservableList<SurveyColumnMapping> columns() {
        return columns;
    }

    /** The columns mapped as questions, as of the last {@link #updateQuestionColumns()}. */
    ObservableList<SurveyColumnMapping> questionColumns() {
        return questionColumns;
    }

    /** Brings {@link #questionColumns()} up to date (changing it only if it differs) and returns them. */
    List<SurveyColumnMapping> updateQuestionColumns() {
        List<SurveyColumnMapping> questions = columns.stream()
                .filter(c -> c.roleProperty().get() == SurveyColumnRole.QUESTION).toList();
        if (!questionColumns.equals(questions)) {
            questionColumns.setAll(questions);
        }
        return questions;
    }

    /** True while several changes are made as one. */
    boolean adjusting() {
        return adjusting;
    }

    /** Makes the changes of {@code change} as one: the rules stay out of them and no change is reported. */
    void quietly(Runnable change) {
        adjusting = true;
        try {
            change.run();
        } finally {
            adjusting = false;
        }
    }

    Optional<SurveyColumnMapping> column(int index) {
        return columns.stream().filter(c -> c.column().index() == index).findFirst();
    }

    /** After the file is read again the columns are the same positions, so each keeps the use it had. */
    void keepUses(List<SurveyColumnMapping> before) {
        quietly(() -> {
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
        });
        changed.run();
    }

    private void roleChanged(SurveyColumnMapping column, SurveyColumnRole old, SurveyColumnRole now) {
        if (adjusting) {
            return;
        }
        quietly(() -> {
            if (now.single()) {
                columns.stream().filter(c -> c != column && c.roleProperty().get() == now)
                        .forEach(c -> c.roleProperty().set(SurveyColumnRole.IGNORE));
            }
            if (now == SurveyColumnRole.QUESTION && column.promiseProperty().get() == null) {
                column.promiseProperty().set(bestPromise(column.column()));
            }
            if (old == SurveyColumnRole.QUESTION) {
                columns.stream().filter(c -> c.questionProperty().get() == column)
                        .forEach(c -> c.questionProperty().set(null));
            }
            if (now.belongsToQuestion() && column.questionProperty().get() == null) {
                column.questionProperty().set(nearestQuestionBefore(column));
            }
        });
        changed.run();
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

    private String bestPromise(SurveyColumn column) {
        String label = column.label().toLowerCase(Locale.ROOT);
        return promises.stream().filter(p -> label.contains(p.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    // ---- the columns as a mapping file names them

    /** The questions as mapped, with the columns that belong to them. */
    List<SurveyQuestion> questions() {
        List<SurveyQuestion> questions = new ArrayList<>();
        for (SurveyColumnMapping c : columns) {
            if (c.roleProperty().get() == SurveyColumnRole.QUESTION) {
                questions.add(new SurveyQuestion(reference(c.column()), c.promiseProperty().get(),
                        c.scaleProperty().get(), belongingTo(c, SurveyColumnRole.EXPECTATION),
                        belongingTo(c, SurveyColumnRole.QUESTION_COMMENT), Map.copyOf(c.answers())));
            }
        }
        return questions;
    }

    private String belongingTo(SurveyColumnMapping question, SurveyColumnRole role) {
        return columns.stream().filter(c -> c.roleProperty().get() == role && c.questionProperty().get() == question)
                .findFirst().map(c -> reference(c.column())).orElse("");
    }

    /** The reference of the column with {@code role}, "" if none has it. */
    String referenceOf(SurveyColumnRole role) {
        return columns.stream().filter(c -> c.roleProperty().get() == role).findFirst()
                .map(c -> reference(c.column())).orElse("");
    }

    /** A name that finds the column again in the next export: its import id or label when unique, else #N. */
    private String reference(SurveyColumn column) {
        if (!column.importId().isEmpty()) {
            return column.importId();
        }
        long same = columns.stream().map(SurveyColumnMapping::column).filter(c -> c.label()
                .equalsIgnoreCase(column.label()) || c.importId().equalsIgnoreCase(column.label())).count();
        return same == 1 && !column.label().matches("#\\d+") ? column.label() : column.positionRef();
    }

    /**
     * Gives the columns the uses {@code mapping} names, every other column none; tells {@code missing} each
     * reference that names no column of this file. Call it {@link #quietly}.
     */
    void apply(SurveyMapping mapping, Consumer<String> missing) {
        for (SurveyColumnMapping c : columns) {
            c.roleProperty().set(SurveyColumnRole.IGNORE);
            c.clearExtras();
        }
        for (SurveyQuestion q : mapping.questions()) {
            Optional<SurveyColumnMapping> c = find(q.column());
            if (c.isEmpty()) {
                missing.accept(q.column());
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
    }

    private void belongs(String reference, SurveyColumnRole role, SurveyColumnMapping question,
                         Consumer<String> missing) {
        if (reference.isEmpty()) {
            return;
        }
        find(reference).ifPresentOrElse(c -> {
            c.roleProperty().set(role);
            c.questionProperty().set(question);
        }, () -> missing.accept(reference));
    }

    private void role(String reference, SurveyColumnRole role, Consumer<String> missing) {
        if (reference.isEmpty()) {
            return;
        }
        find(reference).ifPresentOrElse(c -> c.roleProperty().set(role), () -> missing.accept(reference));
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
}
