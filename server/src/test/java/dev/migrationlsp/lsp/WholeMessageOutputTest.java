package dev.migrationlsp.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationlsp.testing.Deadlines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server's output around exit: a message is written whole or not at all. */
class WholeMessageOutputTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void headerAndBodyReachTheClientTogetherAtFlush() throws IOException {
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        WholeMessageOutput out = new WholeMessageOutput(client);
        out.write(bytes("Content-Length: 2\r\n\r\n"));
        assertThat(client.size()).as("nothing before the message is complete").isZero();
        out.write(bytes("{}"));
        out.flush();
        assertThat(client.toString(StandardCharsets.US_ASCII)).isEqualTo("Content-Length: 2\r\n\r\n{}");
    }

    @Test
    void aMessageStartedBeforeSealingButFlushedAfterIsDropped() throws IOException {
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        WholeMessageOutput out = new WholeMessageOutput(client);
        out.write(bytes("Content-Length: 2\r\n\r\n"));
        out.seal();
        out.write(bytes("{}"));
        out.flush();
        assertThat(client.size()).isZero();
    }

    @Test
    void sealingWaitsForAMessageBeingWrittenThenDropsTheRest() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        OutputStream slowClient = new OutputStream() {
            @Override
            public void write(int b) {
                client.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                client.write(b, off, len);
            }
        };
        WholeMessageOutput out = new WholeMessageOutput(slowClient);
        Thread sender = new Thread(() -> {
            try {
                out.write(bytes("Content-Length: 2\r\n\r\n{}"));
                out.flush();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        sender.start();
        assertThat(writing.await(Deadlines.LIVENESS.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        Thread exiting = new Thread(out::seal);
        exiting.start();
        long deadline = System.nanoTime() + Deadlines.LIVENESS.toNanos();
        while (exiting.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(exiting.getState())
                .as("seal waits for the message in flight")
                .isEqualTo(Thread.State.BLOCKED);
        release.countDown();
        sender.join(Deadlines.LIVENESS.toMillis());
        exiting.join(Deadlines.LIVENESS.toMillis());
        out.write(bytes("Content-Length: 2\r\n\r\n[]"));
        out.flush();
        assertThat(client.toString(StandardCharsets.US_ASCII)).isEqualTo("Content-Length: 2\r\n\r\n{}");
    }
}
