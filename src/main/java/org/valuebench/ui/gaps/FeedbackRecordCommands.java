package org.valuebench.ui.gaps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;
import org.valuebench.ui.feedback.GapDialogs;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * Adding, editing and deleting one feedback record by hand from the gap view. Each is an edit of the window's
 * model, so it runs on the database thread and joins the one undo history; the new report follows from it.
 */
final class FeedbackRecordCommands {
    private final WorkbenchViewModel workbench;
    private final GapDialogs dialogs;
    private final Clock clock;

    FeedbackRecordCommands(WorkbenchViewModel workbench, GapDialogs dialogs, Clock clock) {
        this.workbench = workbench;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /**
     * Asks for a new record on {@code selectedPromiseId} (or the first promise), drafted with the given voice and
     * segment, and adds it; {@code select} then selects its promise.
     */
    void add(long selectedPromiseId, Voice voice, String segment, LongConsumer select) {
        Optional<CanvasContent> content = workbench.canvas();
        if (content.isEmpty() || content.get().promises().isEmpty()) {
            workbench.notice("Feedback is given on promises: mark an offering item as a promise first");
            return;
        }
        List<Item> promises = content.get().promises();
        long promiseId = promises.stream().anyMatch(p -> p.id() == selectedPromiseId) ? selectedPromiseId
                : promises.get(0).id();
        Feedback draft = new Feedback(0, content.get().canvas().id(), promiseId, 3, FeedbackScale.ONE_TO_FIVE, null,
                voice, FeedbackChannels.SURVEY, segment, LocalDate.now(clock), "", "", null);
        dialogs.editFeedback("Add feedback", draft, promises).ifPresent(record -> workbench.edit(
                session -> new FeedbackUseCases(session.current()).add(record),
                change -> select.accept(record.promiseItemId()), this::failed));
    }

    void edit(Feedback record) {
        Optional<CanvasContent> content = workbench.canvas();
        if (record == null || content.isEmpty()) {
            return;
        }
        dialogs.editFeedback("Edit feedback", record, content.get().promises()).ifPresent(edited -> workbench.edit(
                session -> new FeedbackUseCases(session.current()).update(edited), null, this::failed));
    }

    void delete(Feedback record) {
        if (record != null) {
            workbench.edit(session -> new FeedbackUseCases(session.current()).delete(record.id()), null, this::failed);
        }
    }

    private void failed(RuntimeException error) {
        workbench.reportFailure("Feedback", error);
    }
}
