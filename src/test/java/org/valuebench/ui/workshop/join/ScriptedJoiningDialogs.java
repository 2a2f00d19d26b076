package org.valuebench.ui.workshop.join;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The dialogs' answers: the form filled by the test, renames and removals from queues. */
public final class ScriptedJoiningDialogs implements JoiningDialogs {
    public java.util.function.Predicate<JoinForm> fill;
    public final List<JoinForm> forms = new ArrayList<>();
    public final Deque<String> names = new ArrayDeque<>();
    public final Deque<Removal> removals = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    @Override
    public boolean askOpen(JoinForm form) {
        forms.add(form);
        return fill != null && fill.test(form);
    }

    @Override
    public Optional<String> askRename(String name) {
        asked.add("rename " + name);
        return Optional.ofNullable(names.poll());
    }

    @Override
    public Optional<Removal> askRemove(String name, int cards) {
        asked.add("remove " + name + " with " + cards + " cards?");
        return Optional.ofNullable(removals.poll());
    }
}
