package dev.migrationlsp.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The server's JSON-RPC output: what is written between two flushes (LSP4J writes a message as header, body, flush)
 * reaches the client in one piece, and after {@link #seal()} nothing more does. The {@code exit} notification halts
 * the JVM from one thread while another may be sending a notification; sealing first waits for that message to be
 * written whole, so the client never reads half a frame.
 */
public final class WholeMessageOutput extends OutputStream {
    private final OutputStream out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean sealed;

    public WholeMessageOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public synchronized void write(int b) {
        if (!sealed) {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (!sealed) {
            pending.write(b, off, len);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (sealed) {
            return;
        }
        try {
            pending.writeTo(out);
        } finally {
            pending.reset();
        }
        out.flush();
    }

    /** Waits for a message being written to finish, then drops everything written later. */
    public synchronized void seal() {
        sealed = true;
        pending.reset();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
