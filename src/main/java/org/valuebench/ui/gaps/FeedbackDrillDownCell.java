package org.valuebench.ui.gaps;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.valuebench.domain.Feedback;

/** One record in the drill-down: date, voice, channel, segment and score on a line, the comment below it. */
final class FeedbackDrillDownCell extends ListCell<Feedback> {
    private final Label meta = new Label();
    private final Label comment = new Label();
    private final VBox box = new VBox(2, meta, comment);

    FeedbackDrillDownCell(ListView<Feedback> list) {
        meta.getStyleClass().add("drill-meta");
        comment.getStyleClass().add("drill-comment");
        comment.setWrapText(true);
        meta.setWrapText(true);
        comment.maxWidthProperty().bind(list.widthProperty().subtract(36));
        meta.maxWidthProperty().bind(list.widthProperty().subtract(36));
        // Wrapped labels get their height only when the cell does not size itself by its text's width.
        meta.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        comment.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setPrefWidth(0);
        getStyleClass().add("drill-cell");
    }

    @Override
    protected void updateItem(Feedback record, boolean empty) {
        super.updateItem(record, empty);
        if (empty || record == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        meta.setText(describe(record));
        comment.setText(record.hasComment() ? record.comment() : "(no comment)");
        comment.getStyleClass().remove("drill-no-comment");
        if (!record.hasComment()) {
            comment.getStyleClass().add("drill-no-comment");
        }
        setText(null);
        setGraphic(box);
    }

    /** E.g. "2 on 1-5 · 2024-03-05 · customer · survey · Regulars": the score first, the details after. */
    static String describe(Feedback record) {
        StringBuilder text = new StringBuilder(Feedback.format(record.score())).append(" on ")
                .append(record.scale().label());
        if (record.expectation() != null) {
            text.append(" (expected ").append(Feedback.format(record.expectation())).append(')');
        }
        text.append(" · ").append(record.date() == null ? "undated" : record.date().toString());
        text.append(" · ").append(record.voice().label());
        if (!record.channel().isEmpty()) {
            text.append(" · ").append(record.channel());
        }
        if (!record.segment().isEmpty()) {
            text.append(" · ").append(record.segment());
        }
        return text.toString();
    }
}
