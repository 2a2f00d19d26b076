package org.valuebench.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.PromiseStanding;
import org.valuebench.io.CanvasJsonWriter;

class VersionContentTest {
    @TempDir
    Path dir;

    @Test
    void aSnapshotReadBackCarriesTheCanvasesOwnIdsAndIsMuchSmallerThanItsJson() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            f.wb.updateItem(f.item(f.app).withPromise(true, 5));
            StrategyUseCases strategy = new StrategyUseCases(f.wb, new GapUseCases(f.wb));
            long factor = strategy.addFactorFrom(f.coffee, -1).canvas().orElseThrow().strategy().factors().get(0).id();
            strategy.rate(factor, Offer.OURS, 4);
            strategy.rate(factor, f.kiosk, 2);
            CanvasContent now = f.content();
            List<PromiseStanding> gaps = List.of(new PromiseStanding(f.app, 12, 3.5, -1.5, 2.25),
                    new PromiseStanding(f.app + 1000, 0, null, null, null));

            byte[] stored = VersionContent.encode(now, List.of(), gaps);
            CanvasSnapshot back = VersionContent.decode(stored, "version 1 of Café");

            assertThat(back.content().canvas()).isEqualTo(now.canvas());
            assertThat(sorted(back.content().items())).isEqualTo(sorted(now.items()));
            assertThat(back.content().links()).containsExactlyInAnyOrderElementsOf(now.links());
            assertThat(back.content().strategy()).isEqualTo(now.strategy());
            assertThat(back.gaps()).isEqualTo(gaps);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            new CanvasJsonWriter().write(now, null, List.of(), json);
            assertThat(stored.length).isLessThan(json.size() / 3);
        }
    }

    @Test
    void damagedContentIsToldNamingTheVersion() {
        assertThatThrownBy(() -> VersionContent.decode(new byte[] {1, 2, 3}, "version 4 of Café"))
                .isInstanceOf(AppException.class).hasMessageContaining("version 4 of Café");
    }

    private static List<Item> sorted(List<Item> items) {
        return items.stream().sorted(Comparator.comparingLong(Item::id)).toList();
    }
}
