package org.valuebench.ui.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.domain.FeedbackFacets;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.Voice;

/**
 * The gap view's filter as the user sets it, and the segments and channels to choose from. The choices come
 * from the latest report, so they only offer what the feedback holds (and what the user chose, even once it
 * holds none of it).
 */
final class GapFilter {
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty segment = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final ObjectProperty<Voice> voice = new SimpleObjectProperty<>(Voice.CUSTOMER);
    private final ObjectProperty<CrosshairMode> crosshairs = new SimpleObjectProperty<>(CrosshairMode.MIDPOINTS);
    private final ObservableList<String> segments = FXCollections.observableArrayList("");
    private final ObservableList<String> channels = FXCollections.observableArrayList("");

    ObjectProperty<LocalDate> since() {
        return since;
    }

    ObjectProperty<LocalDate> until() {
        return until;
    }

    StringProperty segment() {
        return segment;
    }

    StringProperty channel() {
        return channel;
    }

    ObjectProperty<Voice> voice() {
        return voice;
    }

    ObjectProperty<CrosshairMode> crosshairs() {
        return crosshairs;
    }

    ObservableList<String> segments() {
        return segments;
    }

    ObservableList<String> channels() {
        return channels;
    }

    /** Every part of the filter a report depends on. */
    List<Observable> parts() {
        return List.of(since, until, segment, channel, voice, crosshairs);
    }

    /** Back to every record of the customers; the crosshairs are a way of looking, not a filter, and stay. */
    void clear() {
        since.set(null);
        until.set(null);
        segment.set("");
        channel.set("");
        voice.set(Voice.CUSTOMER);
    }

    /** The filter for a query; throws {@link org.valuebench.domain.InvalidInputException} on a bad date range. */
    FeedbackFilter toFeedbackFilter() {
        return new FeedbackFilter(since.get(), until.get(), segment.get(), channel.get(), voice.get());
    }

    /** Offers the segments and channels the report's feedback holds. */
    void offer(FeedbackFacets facets) {
        replaceChoices(segments, facets.segments(), segment.get());
        replaceChoices(channels, facets.channels(), channel.get());
    }

    private static void replaceChoices(ObservableList<String> choices, List<String> values, String chosen) {
        List<String> next = new ArrayList<>();
        next.add("");
        next.addAll(values);
        if (chosen != null && !chosen.isBlank() && next.stream().noneMatch(chosen::equalsIgnoreCase)) {
            next.add(chosen);
        }
        if (!choices.equals(next)) {
            choices.setAll(next);
        }
    }
}
