package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.valuebench.io.feedback.CellNames;

class CellNamesTest {

    @Test
    void columnsAreNamedAsExcelNamesThem() {
        assertThat(CellNames.columnLetters(0)).isEqualTo("A");
        assertThat(CellNames.columnLetters(25)).isEqualTo("Z");
        assertThat(CellNames.columnLetters(26)).isEqualTo("AA");
        assertThat(CellNames.columnLetters(701)).isEqualTo("ZZ");
        assertThat(CellNames.columnLetters(702)).isEqualTo("AAA");
    }

    @Test
    void aSheetNameThatIsNotAPlainWordIsQuoted() {
        assertThat(CellNames.reference("Sheet1", 2, 17)).isEqualTo("Sheet1!C17");
        assertThat(CellNames.reference("Form responses 1", 0, 2)).isEqualTo("'Form responses 1'!A2");
        assertThat(CellNames.reference("Bob's", 1, 3)).isEqualTo("'Bob''s'!B3");
    }
}
