package org.valuebench.app.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.valuebench.app.AppException;
import org.valuebench.app.ExportFiles;
import org.valuebench.io.FormatException;

/**
 * An export whose data has already been read from the workspace, so it can be written on any thread: the
 * slow part of a big PDF never holds up the workbench's thread. The file is written whole or not at all; an
 * export cancelled before its file is complete leaves nothing behind and never harms a file already there.
 * Write it once.
 */
public final class FileExport {

    /** Writes the bytes of the file; it must not close the stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String what;
    private final Body body;
    private final ExportFiles files;

    private FileExport(String what, Body body, ExportFiles files) {
        this.what = what;
        this.body = body;
        this.files = files;
    }

    /**
     * @param what  names the export in messages, e.g. "The PNG export"
     * @param files where the workbench's exports may write
     */
    static FileExport of(String what, Body body, ExportFiles files) {
        return new FileExport(what, body, files);
    }

    /** "The PDF export", for messages. */
    public String what() {
        return what;
    }

    public void writeTo(Path file) {
        writeTo(file, () -> false);
    }

    /**
     * @param cancelled asked before and while writing; once it answers true, writing stops and the
     *                  temporary file is removed
     * @throws ExportCancelledException when cancelled before the file was complete
     * @throws AppException naming the file and the reason when it cannot be written, or may not be (the open
     *                      workspace, a device, another database...): then nothing is written
     */
    public void writeTo(Path file, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException(what);
        }
        try {
            files.write(file, out -> {
                CancellableStream stream = new CancellableStream(out, cancelled);
                body.writeTo(stream);
                stream.flush();
                // The last moment a cancel can still prevent the file: after this the finished file is moved in.
                stream.stopIfCancelled();
            });
        } catch (FormatException | UncheckedIOException e) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException(what);
            }
            if (e instanceof UncheckedIOException u) {
                throw new AppException("Cannot write " + file + ": " + u.getCause().getMessage(), e);
            }
            throw new AppException(e.getMessage(), e);
        }
    }

    /** Stops the writer at its next write once the export is cancelled. */
    private static final class CancellableStream extends FilterOutputStream {
        private final BooleanSupplier cancelled;

        CancellableStream(OutputStream out, BooleanSupplier cancelled) {
            super(out);
            this.cancelled = cancelled;
        }

        void stopIfCancelled() throws InterruptedIOException {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedIOException("the export was cancelled");
            }
        }

        @Override
        public void write(int b) throws IOException {
            stopIfCancelled();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            stopIfCancelled();
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // The atomic writer owns and closes the real stream.
        }
    }
}
