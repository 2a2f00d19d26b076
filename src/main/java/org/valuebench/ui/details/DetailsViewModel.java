package org.valuebench.ui.details;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The details pane: the selected item's fields and fit links, or the canvas header when nothing is selected.
 * Text fields commit on Enter or when they lose focus; each commit is one undoable edit of the freshest item.
 * A refresh from the workspace leaves a field alone while it holds text the user has not committed yet.
 */
public final class DetailsViewModel {
    private final WorkbenchViewModel workbench;
    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper itemSelected = new ReadOnlyBooleanWrapper(false);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final IntegerProperty importance = new SimpleIntegerProperty(3);
    private final BooleanProperty promise = new SimpleBooleanProperty(false);
    private final IntegerProperty promiseTarget = new SimpleIntegerProperty(4);
    private final ObjectProperty<ColourTag> colour = new SimpleObjectProperty<>(ColourTag.NONE);
    private final ObservableList<Item> linked = FXCollections.observableArrayList();
    private final ObservableList<LinkCandidate> allCandidates = FXCollections.observableArrayList();
    private final FilteredList<LinkCandidate> candidates = new FilteredList<>(allCandidates);
    private final StringProperty linkSearch = new SimpleStringProperty("");
    private final ObjectProperty<LinkCandidate> chosenCandidate = new SimpleObjectProperty<>();

    private final ReadOnlyObjectWrapper<Canvas> canvas = new ReadOnlyObjectWrapper<>();
    private final StringProperty canvasName = new SimpleStringProperty("");
    private final StringProperty segment = new SimpleStringProperty("");
    private final StringProperty offering = new SimpleStringProperty("");
    private final StringProperty canvasNotes = new SimpleStringProperty("");

    public DetailsViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        workbench.revisionProperty().addListener((obs, old, now) -> refresh());
        workbench.selectedItemIdProperty().addListener((obs, old, now) -> refresh());
        linkSearch.addListener((obs, old, now) -> {
            String wanted = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            candidates.setPredicate(wanted.isEmpty() ? null
                    : c -> c.toString().toLowerCase(Locale.ROOT).contains(wanted));
        });
        refresh();
    }

    private void refresh() {
        CanvasContent content = workbench.canvas().orElse(null);
        refreshCanvas(content == null ? null : content.canvas());
        Item next = workbench.selectedItem().orElse(null);
        Item previous = item.get();
        boolean sameItem = previous != null && next != null && previous.id() == next.id();
        refreshField(text, sameItem ? previous.text() : null, next == null ? "" : next.text());
        refreshField(notes, sameItem ? previous.notes() : null, next == null ? "" : next.notes());
        refreshField(author, sameItem ? previous.author() : null, next == null ? "" : next.author());
        if (!sameItem) {
            linkSearch.set(""); // a filter typed for one card means nothing for the next
        }
        if (next != null) {
            importance.set(next.importance());
            promise.set(next.promise());
            promiseTarget.set(next.promiseTarget());
            colour.set(next.colour());
        }
        item.set(next);
        itemSelected.set(next != null);
        refreshLinks(content, next);
    }

    private void refreshCanvas(Canvas next) {
        Canvas previous = canvas.get();
        boolean same = previous != null && next != null && previous.id() == next.id();
        refreshField(canvasName, same ? previous.name() : null, next == null ? "" : next.name());
        refreshField(segment, same ? previous.segment() : null, next == null ? "" : next.segment());
        refreshField(offering, same ? previous.offering() : null, next == null ? "" : next.offering());
        refreshField(canvasNotes, same ? previous.notes() : null, next == null ? "" : next.notes());
        canvas.set(next);
    }

    /** Takes the stored value unless the field holds an edit the user has not committed yet. */
    private static void refreshField(StringProperty field, String loaded, String stored) {
        if (loaded == null || Objects.equals(field.get(), loaded)) {
            field.set(stored);
        }
    }

    private void refreshLinks(CanvasContent content, Item selected) {
        if (content == null || selected == null || !(selected.isCustomer() || selected.isOffering())) {
            linked.clear();
            allCandidates.clear();
            return;
        }
        var ids = content.linkedTo(selected.id());
        linked.setAll(content.items().stream().filter(i -> ids.contains(i.id())).toList());
        allCandidates.setAll(content.items().stream()
                .filter(i -> selected.isOffering() ? i.isCustomer() : i.isOffering())
                .filter(i -> !ids.contains(i.id()))
                .map(LinkCandidate::new)
                .toList());
        if (chosenCandidate.get() != null && !allCandidates.contains(chosenCandidate.get())) {
            chosenCandidate.set(null);
        }
    }

    // ---- state

    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty itemSelectedProperty() {
        return itemSelected.getReadOnlyProperty();
    }

    public Optional<Item> item() {
        return Optional.ofNullable(item.get());
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public IntegerProperty importanceProperty() {
        return importance;
    }

    public BooleanProperty promiseProperty() {
        return promise;
    }

    public IntegerProperty promiseTargetProperty() {
        return promiseTarget;
    }

    public ObjectProperty<ColourTag> colourProperty() {
        return colour;
    }

    /** The items the selected one is linked to. */
    public ObservableList<Item> linked() {
        return linked;
    }

    /** The items of the other side that the selected one could be linked to, filtered by the search text. */
    public FilteredList<LinkCandidate> candidates() {
        return candidates;
    }

    public StringProperty linkSearchProperty() {
        return linkSearch;
    }

    public ObjectProperty<LinkCandidate> chosenCandidateProperty() {
        return chosenCandidate;
    }

    public ReadOnlyObjectProperty<Canvas> canvasProperty() {
        return canvas.getReadOnlyProperty();
    }

    public StringProperty canvasNameProperty() {
        return canvasName;
    }

    public StringProperty segmentProperty() {
        return segment;
    }

    public StringProperty offeringProperty() {
        return offering;
    }

    public StringProperty canvasNotesProperty() {
        return canvasNotes;
    }

    // ---- item commands

    public void commitText() {
        item().ifPresent(i -> {
            if (!text.get().strip().equals(i.text())) {
                String value = text.get();
                edit(i, x -> x.withText(value), () -> text.set(i.text()));
            }
        });
    }

    public void commitNotes() {
        item().ifPresent(i -> {
            if (!notes.get().strip().equals(i.notes())) {
                String value = notes.get();
                edit(i, x -> x.withNotes(value), () -> notes.set(i.notes()));
            }
        });
    }

    public void commitAuthor() {
        item().ifPresent(i -> {
            if (!author.get().strip().equals(i.author())) {
                String value = author.get();
                edit(i, x -> x.withAuthor(value), () -> author.set(i.author()));
            }
        });
    }

    public void changeImportance(int level) {
        item().filter(i -> i.isCustomer() && i.importance() != level)
                .ifPresent(i -> edit(i, x -> x.withImportance(level), null));
    }

    public void changePromise(boolean isPromise) {
        item().filter(i -> i.isOffering() && i.promise() != isPromise)
                .ifPresent(i -> edit(i, x -> x.withPromise(isPromise, x.promiseTarget()), null));
    }

    public void changePromiseTarget(int target) {
        item().filter(i -> i.isOffering() && i.promiseTarget() != target)
                .ifPresent(i -> edit(i, x -> x.withPromise(x.promise(), target), null));
    }

    /** The sections the selected item can be moved to: every one but its own. */
    public List<Section> moveTargets() {
        return item().map(i -> Arrays.stream(Section.values()).filter(s -> s != i.section()).toList())
                .orElse(List.of());
    }

    /** Move to section…: see {@link WorkbenchViewModel#moveToSection}. */
    public void moveToSection(Section target) {
        item().ifPresent(i -> workbench.moveToSection(i.id(), target));
    }

    public void changeColour(ColourTag tag) {
        item().filter(i -> i.colour() != tag).ifPresent(i -> edit(i, x -> x.withColour(tag), null));
    }

    private void edit(Item target, UnaryOperator<Item> change, Runnable onFailure) {
        workbench.editItem(target.id(), change, () -> {
            if (onFailure != null) {
                onFailure.run();
            }
            refresh();
        });
    }

    /** Links the selected item to the chosen candidate. */
    public void linkChosen() {
        LinkCandidate chosen = chosenCandidate.get();
        if (chosen != null) {
            link(chosen.item());
        }
    }

    public void link(Item other) {
        item().ifPresent(i -> workbench.link(i.id(), other.id()));
        chosenCandidate.set(null);
    }

    public void unlink(Item other) {
        item().ifPresent(i -> workbench.unlink(i.id(), other.id()));
    }

    // ---- canvas header commands

    public void commitCanvasInfo() {
        Canvas current = canvas.get();
        if (current == null) {
            return;
        }
        boolean unchanged = canvasName.get().strip().equals(current.name())
                && segment.get().strip().equals(current.segment())
                && offering.get().strip().equals(current.offering())
                && canvasNotes.get().strip().equals(current.notes());
        if (unchanged) {
            return;
        }
        if (canvasName.get().isBlank()) {
            canvasName.set(current.name());
            workbench.dialogs().showError("Canvas name", "A canvas needs a name; the name stays '" + current.name() + "'.");
            return;
        }
        workbench.updateCanvasInfo(canvasName.get(), segment.get(), offering.get(), canvasNotes.get());
    }
}
