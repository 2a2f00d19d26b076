package org.valuebench.ui;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.ui.workshop.StartWorkshopForm;
import org.valuebench.ui.workshop.WorkshopDialogs;

/** The facilitator's answers in the workshop's dialogs: the start form as the test fills it, the vote as offered. */
final class JourneyWorkshopDialogs implements WorkshopDialogs {
    Consumer<StartWorkshopForm> fillStart;
    StartWorkshopForm shownForm;

    @Override
    public boolean askStart(StartWorkshopForm form) {
        shownForm = form;
        fillStart.accept(form);
        return true;
    }

    @Override
    public Optional<VoteSettings> askVote(List<Section> suggested, int dots, boolean oneDotPerCard,
                                          boolean anonymous) {
        return Optional.of(new VoteSettings(suggested, dots, oneDotPerCard, anonymous));
    }

    @Override
    public OptionalInt askNumber(String title, String label, int initial) {
        throw new AssertionError("the journey asks for no number: " + label);
    }
}
