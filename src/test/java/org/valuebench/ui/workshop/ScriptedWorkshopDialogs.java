package org.valuebench.ui.workshop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.VoteSettings;

/** Answers the console's dialogs from a script: the start form is filled by a test's own hand. */
final class ScriptedWorkshopDialogs implements WorkshopDialogs {
    /** What the "user" does in the start dialog; null cancels it. */
    Consumer<StartWorkshopForm> fillStart;
    StartWorkshopForm shownForm;
    final Deque<VoteSettings> votes = new ArrayDeque<>();
    final Deque<Integer> numbers = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public boolean askStart(StartWorkshopForm form) {
        shownForm = form;
        if (fillStart == null) {
            return false;
        }
        fillStart.accept(form);
        return true;
    }

    @Override
    public Optional<VoteSettings> askVote(List<Section> suggested, int dots, boolean oneDotPerCard,
                                          boolean anonymous) {
        asked.add("vote on " + suggested);
        return Optional.ofNullable(votes.poll());
    }

    @Override
    public OptionalInt askNumber(String title, String label, int initial) {
        asked.add(label);
        Integer n = numbers.poll();
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }
}
