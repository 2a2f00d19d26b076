package org.valuebench.ui.exchange;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.CanvasCopy;
import org.valuebench.app.exchange.CopyTarget;
import org.valuebench.domain.CanvasContent;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * File ▸ Copy to workspace…: copies the shown canvas, with its feedback, factors and workshops, into a workspace
 * file or a team workspace. The copy runs on the database thread, which owns the open workbench (the window stays
 * live; the edits after it wait their turn), and the dialog shows that it runs and then what arrived or why not.
 */
public final class CopyToWorkspaceViewModel {
    /** Where the dialog is: nothing asked yet, copying, copied, or refused (it may be tried again then). */
    public enum State { READY, COPYING, DONE, FAILED }

    private final WorkbenchViewModel workbench;
    private final StringProperty location = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final BooleanBinding teamAddress = Bindings.createBooleanBinding(
            () -> CopyTarget.isTeamAddress(location.get()), location);
    private final BooleanBinding canCopy = Bindings.createBooleanBinding(
            () -> !location.get().isBlank() && (state.get() == State.READY || state.get() == State.FAILED),
            location, state);
    private CanvasContent canvas;

    public CopyToWorkspaceViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        // A new target is a new question: what was said about the last one no longer applies.
        location.addListener((obs, was, now) -> {
            if (state.get() == State.FAILED) {
                state.set(State.READY);
                message.set("");
            }
        });
    }

    /** The workspace typed or chosen: a file path or a postgresql:// address. */
    public StringProperty locationProperty() {
        return location;
    }

    /** "Copy 'Corner café' with its feedback, competing factors and workshops to:" */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** While copying what is copied where; then the summary of what arrived, or why nothing was copied. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True when the location is a team address, which may take a password. */
    public BooleanBinding teamAddressProperty() {
        return teamAddress;
    }

    /** True when a location is given and no copy runs or has been made in this dialog. */
    public BooleanBinding canCopyProperty() {
        return canCopy;
    }

    /** True when a canvas is shown, so there is something to copy (the menu item is disabled otherwise). */
    public boolean available() {
        return workbench.phaseProperty().get() == WorkbenchViewModel.Phase.READY && workbench.canvas().isPresent();
    }

    /** Prepares the dialog for the canvas shown now; the location typed last time stays, as a suggestion. */
    public void start() {
        canvas = workbench.canvas().orElse(null);
        state.set(State.READY);
        message.set("");
        heading.set(canvas == null ? "Open a canvas to copy it." : "Copy '" + canvas.canvas().name()
                + "' with its feedback, competing factors and workshops to:");
    }

    /** Asks for a workspace file (Choose file…). */
    public void chooseFile() {
        Path current = workbench.workspaceFileProperty().get();
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        workbench.dialogs().chooseWorkspaceToOpen(folder).ifPresent(file -> location.set(file.toString()));
    }

    /**
     * Copies the canvas to the location on the database thread.
     *
     * @param password typed in the dialog for a team workspace, or null or empty to let the driver find it; wiped
     *                 once the connection is made
     */
    public void copy(char[] password) {
        if (!canCopy.get() || canvas == null) {
            return;
        }
        String target = location.get().strip();
        long canvasId = canvas.canvas().id();
        String name = canvas.canvas().name();
        char[] typed = password == null || password.length == 0 ? null : password;
        state.set(State.COPYING);
        message.set("Copying '" + name + "' to " + target + "…");
        workbench.onDatabase(session -> {
            Workbench source = session.current();
            try (Workbench to = open(target, typed, source)) {
                return new CanvasCopy(source).copy(canvasId, to);
            }
        }, copied -> {
            state.set(State.DONE);
            message.set(copied.summary());
            workbench.notice(copied.summary());
        }, error -> {
            state.set(State.FAILED);
            message.set(WorkbenchViewModel.messageOf(error));
        });
    }

    private static Workbench open(String target, char[] password, Workbench source) {
        try {
            return CopyTarget.open(target, "The workspace to copy to", password, source.clock());
        } finally {
            Optional.ofNullable(password).ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }
}
