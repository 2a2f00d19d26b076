package org.valuebench.ui.fx;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Date pickers that show dates as 2024-05-31, the form feedback files and exports use, and read that or the
 * locale's short form when typed. JavaFX's own picker reads only the locale's form and silently drops any other
 * text, so a date typed as in the CSV vanished without a word. Text that is no date is marked while it stands
 * in the field; committing it keeps the picker's date, which JavaFX puts back into the field.
 */
public final class DateFields {
    private DateFields() {
    }

    /** A picker with the ISO converter whose text field is marked while its text is not a date. */
    public static DatePicker picker(String tip) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new IsoConverter(Locale.getDefault(Locale.Category.FORMAT)));
        Tooltip usual = new Tooltip(tip);
        Tooltip unreadable = new Tooltip("Not a date: type it as 2024-05-31, or pick one from the calendar");
        picker.setTooltip(usual);
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            boolean invalid = !isDate(picker.getConverter(), text);
            picker.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, invalid);
            picker.setTooltip(invalid ? unreadable : usual);
        });
        return picker;
    }

    private static boolean isDate(StringConverter<LocalDate> converter, String text) {
        try {
            converter.fromString(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** ISO out; ISO or the locale's short form in; blank is no date. */
    public static final class IsoConverter extends StringConverter<LocalDate> {
        private final DateTimeFormatter local;

        public IsoConverter(Locale locale) {
            this.local = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        /** @throws DateTimeParseException when the text is neither form (the picker catches it, keeping its date) */
        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String trimmed = text.strip();
            try {
                return LocalDate.parse(trimmed);
            } catch (DateTimeParseException notIso) {
                return LocalDate.parse(trimmed, local);
            }
        }
    }
}
