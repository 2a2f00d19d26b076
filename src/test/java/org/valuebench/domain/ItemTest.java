package org.valuebench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemTest {

    private static Item item(Section section, String text) {
        return Item.draft(1, section, text);
    }

    @Test
    void aDraftHasTheDefaults() {
        Item draft = item(Section.NEEDS, "Coffee");

        assertThat(draft.id()).isZero();
        assertThat(draft.importance()).isEqualTo(3);
        assertThat(draft.promise()).isFalse();
        assertThat(draft.promiseTarget()).isEqualTo(4);
        assertThat(draft.colour()).isEqualTo(ColourTag.NONE);
        assertThat(draft.notes()).isEmpty();
        assertThat(draft.author()).isEmpty();
    }

    @Test
    void textNotesAndAuthorAreTrimmed() {
        Item trimmed = item(Section.WANTS, " \t Calm \n").withNotes("  a note ").withAuthor(" Ann ");

        assertThat(trimmed.text()).isEqualTo("Calm");
        assertThat(trimmed.notes()).isEqualTo("a note");
        assertThat(trimmed.author()).isEqualTo("Ann");
        assertThat(item(Section.WANTS, "Calm").withNotes(null).notes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t "})
    void textIsRequired(String blank) {
        assertThatThrownBy(() -> item(Section.WANTS, blank))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Item text must not be empty");
        assertThatThrownBy(() -> item(Section.WANTS, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void textMayHave2000CharactersCountedInCodePoints() {
        String rockets = "🚀".repeat(Limits.MAX_ITEM_TEXT);
        assertThat(rockets.length()).isEqualTo(4_000);

        assertThat(item(Section.WANTS, rockets).text()).isEqualTo(rockets);
        assertThat(item(Section.WANTS, "  " + "a".repeat(2_000) + "  ").text()).hasSize(2_000);
        assertThatThrownBy(() -> item(Section.WANTS, "a".repeat(2_001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Item text is 2001 characters long; at most 2000 are allowed");
        assertThatThrownBy(() -> item(Section.WANTS, "é" + rockets))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2001 characters");
    }

    @Test
    void notesAndAuthorHaveTheirOwnLimits() {
        assertThat(item(Section.WANTS, "x").withNotes("n".repeat(Limits.MAX_NOTES)).notes()).hasSize(20_000);
        assertThatThrownBy(() -> item(Section.WANTS, "x").withNotes("n".repeat(Limits.MAX_NOTES + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Item notes is 20001");
        assertThatThrownBy(() -> item(Section.WANTS, "x").withAuthor("a".repeat(Limits.MAX_AUTHOR + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Author is 201");
    }

    @Test
    void importanceIsBetweenOneAndFive() {
        Item want = item(Section.WANTS, "Calm");

        assertThat(want.withImportance(1).importance()).isEqualTo(1);
        assertThat(want.withImportance(5).importance()).isEqualTo(5);
        assertThatThrownBy(() -> want.withImportance(0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Importance must be between 1 and 5, not 0");
        assertThatThrownBy(() -> want.withImportance(6)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void promiseTargetIsBetweenOneAndFive() {
        Item feature = item(Section.FEATURES, "App");

        assertThat(feature.withPromise(true, 1).promiseTarget()).isEqualTo(1);
        assertThat(feature.withPromise(true, 5).promiseTarget()).isEqualTo(5);
        assertThatThrownBy(() -> feature.withPromise(true, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Promise target must be between 1 and 5, not 0");
        assertThatThrownBy(() -> feature.withPromise(false, 6)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Section.class, names = {"FEATURES", "BENEFITS", "EXPERIENCE"})
    void offeringItemsCanBePromises(Section section) {
        assertThat(item(section, "Offer").withPromise(true, 5).promise()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Section.class, names = {"WANTS", "NEEDS", "FEARS", "COMPETITORS", "SUBSTITUTES"})
    void onlyOfferingItemsCanBePromises(Section section) {
        assertThatThrownBy(() -> item(section, "Not an offer").withPromise(true, 4))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Only offering items (features, benefits, experience) can be promises");
        assertThat(item(section, "Not an offer").withPromise(false, 2).promise()).isFalse();
    }

    @Test
    void movesStayWithinTheGroup() {
        Item want = item(Section.WANTS, "Calm");

        assertThat(want.at(Section.FEARS, 2)).extracting(Item::section, Item::position).containsExactly(Section.FEARS, 2);
        assertThatThrownBy(() -> want.at(Section.BENEFITS, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("An item of Wants cannot move to Benefits: items move only within Customer profile");
        assertThatThrownBy(() -> item(Section.COMPETITORS, "Kiosk").at(Section.FEATURES, 0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void positionIsNotNegativeAndColourDefaultsToNone() {
        assertThatThrownBy(() -> item(Section.WANTS, "Calm").at(Section.WANTS, -1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Position must not be negative");
        assertThat(item(Section.WANTS, "Calm").withColour(null).colour()).isEqualTo(ColourTag.NONE);
        assertThat(item(Section.WANTS, "Calm").withColour(ColourTag.PINK).colour()).isEqualTo(ColourTag.PINK);
    }

    @Test
    void groupMembershipFollowsTheSection() {
        assertThat(item(Section.FEARS, "x").isCustomer()).isTrue();
        assertThat(item(Section.EXPERIENCE, "x").isOffering()).isTrue();
        assertThat(item(Section.SUBSTITUTES, "x")).matches(i -> !i.isCustomer() && !i.isOffering());
    }
}
