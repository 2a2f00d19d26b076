package org.valuebench.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File ▸ Open recent: the workspaces opened last, local files and team workspaces alike, newest first. Each is
 * kept as the window shows where it is (a file's path, a team workspace's address), which never holds a password.
 */
public final class RecentWorkspaces {
    static final int LIMIT = 10;
    private final ObservableList<String> entries = FXCollections.observableArrayList();
    private final ObservableList<String> view = FXCollections.unmodifiableObservableList(entries);
    private final Consumer<List<String>> save;

    /**
     * @param load what was remembered before (the user's settings)
     * @param save keeps the list, newest first
     */
    public RecentWorkspaces(Supplier<List<String>> load, Consumer<List<String>> save) {
        this.save = save;
        load.get().stream().filter(e -> e != null && !e.isBlank()).distinct().limit(LIMIT).forEach(entries::add);
    }

    /** Remembered only while the window is open (tests, and windows without settings). */
    public static RecentWorkspaces inMemory() {
        return new RecentWorkspaces(List::of, list -> { });
    }

    public ObservableList<String> entries() {
        return view;
    }

    /** Puts {@code where} first; the oldest beyond {@link #LIMIT} are forgotten. */
    void remember(String where) {
        if (where == null || where.isBlank() || (!entries.isEmpty() && entries.get(0).equals(where))) {
            return;
        }
        List<String> next = new ArrayList<>(entries);
        next.remove(where);
        next.add(0, where);
        entries.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        save.accept(List.copyOf(entries));
    }

    /** Forgets {@code where} (a file that is gone). */
    void forget(String where) {
        if (entries.remove(where)) {
            save.accept(List.copyOf(entries));
        }
    }
}
