package org.valuebench.app.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopPlan;

/** Opening and closing joining, the join code, names and guests, tokens, and who the facilitator sees. */
class RoomJoiningTest {
    @TempDir
    Path dir;
    private RoomFixture x;

    @BeforeEach
    void setUp() {
        x = new RoomFixture(dir);
    }

    @AfterEach
    void tearDown() {
        x.close();
    }

    private static RoomRefusal.Kind refusal(Runnable call) {
        return catchThrowableOfType(call::run, RoomRefusal.class).kind();
    }

    @Test
    void openingStartsTheListenerOnTheChosenAddressWithASixCharacterCodeWithoutLookAlikes() {
        assertThat(x.room.status().open()).isFalse();
        RoomStatus s = x.open(false);
        assertThat(s.open()).isTrue();
        assertThat(s.code()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        assertThat(s.address()).isEqualTo("http://192.168.1.20:8421/");
        assertThat(s.joinLink()).isEqualTo("http://192.168.1.20:8421/?code=" + s.code());
        assertThat(x.server.started).containsExactly(RoomFixture.lan());
        assertThat(x.server.door).isSameAs(x.room);
        assertThat(x.statuses).last().isEqualTo(s);

        assertThat(x.open(true)).isEqualTo(s);
        assertThat(x.server.started).hasSize(1);
    }

    @Test
    void codesAreDrawnFromTheWholeAlphabet() {
        java.util.Set<Character> seen = new java.util.HashSet<>();
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int i = 0; i < 400; i++) {
            JoinCode.make(random).chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(JoinCode.ALPHABET.length());
    }

    @Test
    void anIpv6AddressIsWrittenInBracketsWithoutItsZone() throws Exception {
        assertThat(NetworkChoices.address(InetAddress.getByName("fe80::1%1"), 8421)).isEqualTo("http://[fe80::1]:8421/");
        assertThat(NetworkChoices.address(InetAddress.getByName("::1"), 80)).isEqualTo("http://[::1]:80/");
        assertThat(NetworkChoices.address(InetAddress.getByName("fd00:0:0:1:0:0:0:2"), 80))
                .as("the longest run of zeros, the first of two as long").isEqualTo("http://[fd00:0:0:1::2]:80/");
        assertThat(NetworkChoices.address(InetAddress.getByName("2001:db8:1:2:3:4:5:6"), 80))
                .isEqualTo("http://[2001:db8:1:2:3:4:5:6]:80/");
    }

    @Test
    void aListenerThatCannotStartLeavesJoiningClosed() {
        x.server.failing = new AppException("Port 8421 is in use");
        assertThatThrownBy(() -> x.open(false)).hasMessage("Port 8421 is in use");
        assertThat(x.room.status()).isEqualTo(RoomStatus.closed());
        assertThat(refusal(() -> x.room.join("ABCDEF", "Dana", false, RoomFixture.CLIENT)))
                .isEqualTo(RoomRefusal.Kind.FORBIDDEN);
    }

    @Test
    void joiningWithANewNameAddsAParticipantThroughTheAgendaAndTheCodeIgnoresCaseAndSpaces() {
        x.open(false);
        String typed = " " + x.code().substring(0, 3).toLowerCase(Locale.ROOT) + " " + x.code().substring(3) + " ";
        ParticipantDoor.Joined j = x.room.join(typed, "  Dana  ", false, RoomFixture.CLIENT);
        assertThat(j.name()).isEqualTo("Dana");
        assertThat(j.anonymous()).isFalse();
        assertThat(j.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(x.record().participants()).extracting(Participant::name).containsExactly("Ann", "Bo", "Dana");
        assertThat(x.record().participant(j.participantId()).orElseThrow().name()).isEqualTo("Dana");
        assertThat(x.room.status().members()).extracting(RoomStatus.Member::name).containsExactly("Dana");
        assertThat(x.statuses).last().extracting(RoomStatus::members).asList().hasSize(1);
        assertThat(x.room.view(j.token(), RoomFixture.CLIENT).me().name()).isEqualTo("Dana");
        // the new participant is one undoable step of the facilitator's history
        assertThat(x.f.wb.undoState().undoLabel()).contains("Add participant");
    }

    @Test
    void aWorkshopParticipantWithoutADeviceIsClaimedOnceAndASecondDeviceIsRefused() {
        x.open(false);
        ParticipantDoor.Joined j = x.join("ann");
        assertThat(j.participantId()).isEqualTo(x.ann);
        assertThat(j.name()).isEqualTo("Ann");
        assertThat(x.access.acts).isZero();
        RoomRefusal second = catchThrowableOfType(() -> x.join("ANN "), RoomRefusal.class);
        assertThat(second.kind()).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        assertThat(second).hasMessage("Someone has joined as Ann already; choose another name");
        assertThat(x.record().participants()).hasSize(2);
    }

    @Test
    void aNameIsOneToTwoHundredCharacters() {
        x.open(false);
        assertThat(refusal(() -> x.join("   "))).isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        assertThat(refusal(() -> x.join(null))).isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        assertThat(refusal(() -> x.join("n".repeat(201)))).isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        assertThat(x.join("n".repeat(200)).name()).hasSize(200);
        assertThat(x.record().participants()).hasSize(3);
    }

    @Test
    void guestsJoinOnlyWhenAllowedAndNothingOfThePersonIsStored() {
        x.open(false);
        RoomRefusal no = catchThrowableOfType(() -> x.room.join(x.code(), "Eve", true, RoomFixture.CLIENT),
                RoomRefusal.class);
        assertThat(no.kind()).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        assertThat(no).hasMessageContaining("not allowed joining anonymously");
        x.room.close();

        x.open(true);
        ParticipantDoor.Joined first = x.room.join(x.code(), "Eve", true, RoomFixture.CLIENT);
        ParticipantDoor.Joined second = x.room.join(x.code(), "", true, RoomFixture.CLIENT);
        assertThat(first.name()).isEqualTo("Guest 1");
        assertThat(first.anonymous()).isTrue();
        assertThat(second.name()).isEqualTo("Guest 2");
        assertThat(x.record().participants()).extracting(Participant::label)
                .containsExactly("Ann (sales)", "Bo", "Guest 1", "Guest 2");
        assertThat(x.room.view(first.token(), RoomFixture.CLIENT).me()).isEqualTo(
                new ParticipantView.Me(first.participantId(), "Guest 1", true));
    }

    @Test
    void tenWrongCodesFromOneAddressWithinAMinuteMakeItWaitEvenWithTheRightCode() {
        x.open(false);
        String wrong = x.code().equals("AAAAAA") ? "BBBBBB" : "AAAAAA";
        for (int i = 0; i < 10; i++) {
            x.clock.pass(Duration.ofSeconds(2));
            assertThat(refusal(() -> x.room.join(wrong, "Dana", false, "10.0.0.66"))).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        }
        assertThat(x.room.status().failedAttempts()).isEqualTo(10);
        assertThat(x.statuses).last().extracting(RoomStatus::failedAttempts).isEqualTo(10);
        RoomRefusal wait = catchThrowableOfType(() -> x.room.join(x.code(), "Dana", false, "10.0.0.66"),
                RoomRefusal.class);
        assertThat(wait.kind()).isEqualTo(RoomRefusal.Kind.TOO_MANY);
        // the first wrong code was 20 s ago: it leaves the minute in 42 s
        assertThat(wait.retryAfterSeconds()).isEqualTo(42);
        assertThat(x.room.status().failedAttempts()).isEqualTo(10);
        assertThat(x.room.join(x.code(), "Finn", false, "10.0.0.67").name()).isEqualTo("Finn");

        x.clock.pass(Duration.ofSeconds(42));
        assertThat(x.room.join(x.code(), "Dana", false, "10.0.0.66").name()).isEqualTo("Dana");
        assertThat(x.record().participants()).extracting(Participant::name).containsExactly("Ann", "Bo", "Finn", "Dana");
    }

    @Test
    void closingStopsTheListenerAndEveryTokenAndTheCode() throws Exception {
        x.open(false);
        String oldCode = x.code();
        ParticipantDoor.Joined j = x.join("Ann");
        List<String> ended = new ArrayList<>();
        x.room.follow(j.token(), RoomFixture.CLIENT, v -> { }, () -> ended.add("ended"));

        RoomStatus closed = x.room.close();
        assertThat(closed).isEqualTo(RoomStatus.closed());
        assertThat(x.server.closed).isTrue();
        assertThat(ended).containsExactly("ended");
        assertThat(x.statuses).last().isEqualTo(RoomStatus.closed());
        assertThat(refusal(() -> x.room.view(j.token(), RoomFixture.CLIENT))).isEqualTo(RoomRefusal.Kind.NOT_JOINED);
        assertThat(refusal(() -> x.room.join(oldCode, "Bo", false, RoomFixture.CLIENT)))
                .isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        assertThat(x.room.close()).isEqualTo(RoomStatus.closed());

        x.open(false);
        assertThat(refusal(() -> x.room.view(j.token(), RoomFixture.CLIENT))).isEqualTo(RoomRefusal.Kind.NOT_JOINED);
        assertThat(x.join("Ann").participantId()).isEqualTo(x.ann);
    }

    @Test
    void finishingTheWorkshopOrShowingAnotherClosesJoining() {
        x.open(false);
        ParticipantDoor.Joined j = x.join("Ann");
        List<ParticipantView> seen = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        x.room.follow(j.token(), RoomFixture.CLIENT, seen::add, () -> ended.add("ended"));
        x.windowDoes(a -> a.workshops().finish(x.workshop));
        assertThat(seen).last().extracting(ParticipantView::may).isEqualTo("ENDED");
        assertThat(ended).containsExactly("ended");
        assertThat(x.room.status().open()).isFalse();
        assertThat(x.server.closed).isTrue();

        long other = x.actions.workshops().start(x.f.canvas, "Second", WorkshopPlan.standard(), List.of(), false)
                .workshop().workshop().id();
        x.room.open(other, RoomFixture.lan(), 0, false);
        x.windowDoes(a -> a.workshops().current(x.workshop));
        assertThat(x.room.status().open()).isFalse();
    }

    @Test
    void aFinishedWorkshopDoesNotOpen() {
        x.access.act(a -> a.workshops().finish(x.workshop));
        assertThatThrownBy(() -> x.open(false)).isInstanceOf(AppException.class).hasMessageContaining("has finished");
        assertThat(x.server.started).isEmpty();
    }

    @Test
    void aParticipantTheFacilitatorRemovesIsToldSoAndTheirStreamEnds() {
        x.open(false);
        ParticipantDoor.Joined ann = x.join("Ann");
        ParticipantDoor.Joined bo = x.join("Bo");
        List<String> ended = new ArrayList<>();
        x.room.follow(ann.token(), RoomFixture.CLIENT, v -> { }, () -> ended.add("ann"));
        x.windowDoes(a -> a.agenda().removeParticipant(x.workshop, x.ann));
        RoomRefusal gone = catchThrowableOfType(() -> x.room.view(ann.token(), RoomFixture.CLIENT), RoomRefusal.class);
        assertThat(gone.kind()).isEqualTo(RoomRefusal.Kind.NOT_JOINED);
        assertThat(gone).hasMessage("The facilitator removed you from the workshop");
        assertThat(ended).containsExactly("ann");
        assertThat(x.room.status().members()).extracting(RoomStatus.Member::name).containsExactly("Bo");
        assertThat(x.room.view(bo.token(), RoomFixture.CLIENT).me().name()).isEqualTo("Bo");
    }

    @Test
    void aRecordTheWindowShowsLateDoesNotDropADeviceThatJoinedAfterIt() {
        x.open(false);
        var before = x.record();
        ParticipantDoor.Joined dana = x.join("Dana");
        x.room.show(before, x.f.content());
        assertThat(x.room.view(dana.token(), RoomFixture.CLIENT).me().name()).isEqualTo("Dana");
    }

    @Test
    void aParticipantRemovedWithTheirCardsLosesTheDeviceAndTheCards() {
        // the room forgets only participants the window has shown it: the window shows every change, as in the app
        x.access.windowShows = true;
        x.open(false);
        ParticipantDoor.Joined dana = x.join("Dana");
        ParticipantDoor.Joined finn = x.join("Finn");
        x.room.addCard(dana.token(), "s1", "WANTS", "Dana's idea", RoomFixture.CLIENT);
        int withCard = x.cardsOnCanvas();
        x.windowDoes(a -> a.agenda().removeParticipant(x.workshop, dana.participantId(), true));
        assertThat(x.cardsOnCanvas()).isEqualTo(withCard - 1);
        RoomRefusal gone = catchThrowableOfType(() -> x.room.addCard(dana.token(), "s2", "WANTS", "Again",
                RoomFixture.CLIENT), RoomRefusal.class);
        assertThat(gone.kind()).isEqualTo(RoomRefusal.Kind.NOT_JOINED);
        assertThat(gone).hasMessage("The facilitator removed you from the workshop");
        assertThat(x.room.status().members()).extracting(RoomStatus.Member::name).containsExactly("Finn");
        assertThat(x.cardsOnCanvas()).isEqualTo(withCard - 1);
        // removed right after joining, with no other change between: the window had shown Finn once
        x.windowDoes(a -> a.agenda().removeParticipant(x.workshop, finn.participantId(), false));
        assertThat(catchThrowableOfType(() -> x.room.view(finn.token(), RoomFixture.CLIENT), RoomRefusal.class).kind())
                .isEqualTo(RoomRefusal.Kind.NOT_JOINED);
    }

    @Test
    void aRenameByTheFacilitatorReachesTheListAndTheDevice() {
        x.open(false);
        ParticipantDoor.Joined j = x.join("Dana");
        x.windowDoes(a -> a.agenda().renameParticipant(x.workshop, j.participantId(), "Dana K."));
        assertThat(x.room.status().members()).extracting(RoomStatus.Member::name).containsExactly("Dana K.");
        assertThat(x.statuses).last().extracting(st -> st.members().get(0).name()).isEqualTo("Dana K.");
        assertThat(x.room.view(j.token(), RoomFixture.CLIENT).me().name()).isEqualTo("Dana K.");
        assertThat(refusal(() -> x.join("dana k."))).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
    }

    @Test
    void networksListTheRoomsNetworkFirstAndLoopbackLast() throws Exception {
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("172.16.0.1"))).isTrue();
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("172.32.0.1"))).isFalse();
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("192.168.0.1"))).isTrue();
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("169.254.0.9"))).isTrue();
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("fe80::1"))).isTrue();
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThat(NetworkChoices.isLocal(InetAddress.getByName("2001:db8::1"))).isFalse();
        List<RoomControl.NetworkChoice> ordered = NetworkChoices.ordered(List.of(
                NetworkChoices.choice("lo", InetAddress.getByName("127.0.0.1")),
                NetworkChoices.choice("wan", InetAddress.getByName("8.8.8.8")),
                NetworkChoices.choice("wlan", InetAddress.getByName("fd12::1")),
                NetworkChoices.choice("eth", InetAddress.getByName("192.168.1.20"))));
        assertThat(ordered).extracting(RoomControl.NetworkChoice::name).containsExactly("eth", "wlan", "wan", "lo");
        assertThat(ordered).extracting(RoomControl.NetworkChoice::publicAddress).containsExactly(false, false, true, false);
        assertThat(ordered.get(3).loopback()).isTrue();

        List<RoomControl.NetworkChoice> here = x.room.networks();
        assertThat(here).isNotEmpty();
        assertThat(here).last().extracting(RoomControl.NetworkChoice::loopback).isEqualTo(true);
    }
}
