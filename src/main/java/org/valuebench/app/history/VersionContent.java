package org.valuebench.app.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.valuebench.app.AppException;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.PromiseStanding;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.io.CanvasDocument;
import org.valuebench.io.CanvasJsonReader;
import org.valuebench.io.CanvasJsonWriter;
import org.valuebench.io.FormatException;

/**
 * A version's content as the store keeps it: one deflated stream of the canvas's ids and the promises' gap figures,
 * then the exchange JSON of the canvas with its workshops (no feedback records). The JSON keeps the format every
 * other part of the program reads and checks; the ids are kept beside it because the exchange reader numbers items
 * and factors 1, 2, ... in file order, and a snapshot must carry the canvas's own ids so that two versions of one
 * canvas match item by item. Why plain deflate per version (no preset dictionary, no deltas): docs/history.md.
 */
public final class VersionContent {
    /** The layout of the bytes; a later layout gets a new number and this one is still read. */
    private static final int LAYOUT = 1;
    private static final CanvasJsonWriter WRITER = new CanvasJsonWriter();
    private static final CanvasJsonReader READER = new CanvasJsonReader();

    private VersionContent() {
    }

    /** The bytes to store for this content, its workshops (cards are its items) and the gap figures. */
    public static byte[] encode(CanvasContent content, List<WorkshopRecord> workshops, List<PromiseStanding> gaps) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        WRITER.write(content, null, workshops, json);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.size() / 4);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater))) {
            out.writeInt(LAYOUT);
            out.writeLong(content.canvas().id());
            List<Item> items = inFileOrder(content);
            out.writeInt(items.size());
            for (Item item : items) {
                out.writeLong(item.id());
            }
            List<Factor> factors = content.strategy().factors();
            out.writeInt(factors.size());
            for (Factor factor : factors) {
                out.writeLong(factor.id());
            }
            out.writeInt(gaps.size());
            for (PromiseStanding gap : gaps) {
                out.writeLong(gap.promiseItemId());
                out.writeLong(gap.n());
                writeNullable(out, gap.delivered());
                writeNullable(out, gap.gap());
                writeNullable(out, gap.deficit());
            }
            out.writeInt(json.size());
            json.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The exchange JSON inside stored bytes (as export-json would write it, without feedback). */
    public static byte[] json(byte[] stored, String what) {
        return read(stored, what).json();
    }

    /**
     * The snapshot the stored bytes hold, with the canvas's own ids.
     *
     * @param what names the version in a message, e.g. "version 4 of 'Café'"
     * @throws AppException when the bytes are damaged
     */
    public static CanvasSnapshot decode(byte[] stored, String what) {
        Parts parts = read(stored, what);
        CanvasDocument document;
        try {
            document = READER.readDocument(new ByteArrayInputStream(parts.json()), what);
        } catch (FormatException e) {
            throw new AppException("The content of " + what + " cannot be read: " + e.getMessage(), e);
        }
        return new Ids(parts, document.content(), what).snapshot(document.workshops());
    }

    /** The items in the order the exchange JSON lists them (and its reader numbers them): by section, by place. */
    private static List<Item> inFileOrder(CanvasContent content) {
        List<Item> items = new ArrayList<>(content.items().size());
        for (Section section : Section.values()) {
            items.addAll(content.itemsIn(section));
        }
        return items;
    }

    private record Parts(long canvasId, long[] itemIds, long[] factorIds, List<PromiseStanding> gaps, byte[] json) {
    }

    private static Parts read(byte[] stored, String what) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(stored)))) {
            int layout = in.readInt();
            if (layout != LAYOUT) {
                throw new IOException("layout " + layout + " is not one this version of ValueBench reads");
            }
            long canvasId = in.readLong();
            long[] itemIds = longs(in);
            long[] factorIds = longs(in);
            int gapCount = count(in);
            List<PromiseStanding> gaps = new ArrayList<>(gapCount);
            for (int i = 0; i < gapCount; i++) {
                gaps.add(new PromiseStanding(in.readLong(), in.readLong(), readNullable(in), readNullable(in),
                        readNullable(in)));
            }
            byte[] json = new byte[count(in)];
            in.readFully(json);
            return new Parts(canvasId, itemIds, factorIds, gaps, json);
        } catch (IOException e) {
            throw new AppException("The content of " + what + " is damaged and cannot be read (" + e.getMessage()
                    + ")", e);
        }
    }

    private static long[] longs(DataInputStream in) throws IOException {
        long[] values = new long[count(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    /** A count read back; a damaged one must not ask for gigabytes. */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 256 * 1024 * 1024) {
            throw new IOException("a count of " + n + " is out of range");
        }
        return n;
    }

    private static void writeNullable(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        out.writeDouble(value == null ? 0 : value);
    }

    private static Double readNullable(DataInputStream in) throws IOException {
        boolean present = in.readBoolean();
        double value = in.readDouble();
        return present ? value : null;
    }

    /** Puts the canvas's own ids back where the reader numbered items and factors 1, 2, .... */
    private static final class Ids {
        private final Parts parts;
        private final CanvasContent read;
        private final Map<Long, Long> items = new HashMap<>();
        private final Map<Long, Long> factors = new HashMap<>();

        Ids(Parts parts, CanvasContent read, String what) {
            this.parts = parts;
            this.read = read;
            if (parts.itemIds().length != read.items().size()
                    || parts.factorIds().length != read.strategy().factors().size()) {
                throw new AppException("The content of " + what + " is damaged: its ids do not match its canvas");
            }
            for (int i = 0; i < parts.itemIds().length; i++) {
                items.put(i + 1L, parts.itemIds()[i]);
            }
            for (int i = 0; i < parts.factorIds().length; i++) {
                factors.put(i + 1L, parts.factorIds()[i]);
            }
        }

        CanvasSnapshot snapshot(List<WorkshopRecord> workshops) {
            long canvasId = parts.canvasId();
            Canvas c = read.canvas().withId(canvasId);
            List<Item> itemList = read.items().stream().map(i -> i.withId(item(i.id())).withCanvas(canvasId)).toList();
            List<FitLink> links = read.links().stream()
                    .map(l -> new FitLink(item(l.offeringItemId()), item(l.customerItemId()))).toList();
            Strategy s = read.strategy();
            Strategy strategy = new Strategy(
                    s.factors().stream().map(f -> f.withId(factors.get(f.id())).withCanvas(canvasId)
                            .withSource(f.hasSource() ? item(f.sourceItemId()) : 0)).toList(),
                    s.links().stream().map(l -> new FactorLink(factors.get(l.factorId()), item(l.customerItemId())))
                            .toList(),
                    s.ratings().stream().map(r -> r.withIds(factors.get(r.factorId()),
                            r.offerId() == Offer.OURS ? Offer.OURS : item(r.offerId()))).toList());
            CanvasContent content = new CanvasContent(c, itemList, links, strategy);
            return new CanvasSnapshot(content, workshops.stream().map(w -> workshop(w, canvasId)).toList(),
                    parts.gaps());
        }

        private long item(long local) {
            return items.get(local);
        }

        /** The workshop keeps the ids local to the version; its cards point at the canvas's own items. */
        private WorkshopRecord workshop(WorkshopRecord r, long canvasId) {
            Workshop w = r.workshop();
            return new WorkshopRecord(new Workshop(w.id(), canvasId, w.title(), w.started(), w.ended(), w.state(),
                    w.currentStep(), w.timerRunningSince(), w.timerExtraSeconds()), r.steps(), r.participants(),
                    r.contributions().stream().map(c -> new Contribution(c.id(), item(c.itemId()), c.stepId(),
                            c.participantId(), c.hidden())).toList(),
                    r.votes(),
                    r.dots().stream().map(d -> new Dot(d.id(), d.voteId(), item(d.itemId()), d.ballot(),
                            d.participantId(), d.count())).toList(),
                    r.decisions().stream().map(d -> new Decision(d.id(), d.workshopId(), d.voteId(), item(d.itemId()),
                            d.kind(), d.value())).toList());
        }
    }
}
