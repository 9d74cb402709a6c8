package dev.migrationlsp.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * JSON-RPC at the byte level, for tests that must send what a well-behaved client library never would (malformed JSON,
 * wrong Content-Length). Reads every incoming frame on a background thread.
 */
final class RawConnection implements AutoCloseable {
    private static final Gson GSON = new Gson();
    private final OutputStream out;
    private final LinkedBlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private final Thread reader;
    private int nextId = 1;

    RawConnection(InputStream in, OutputStream out) {
        this.out = out;
        this.reader = new Thread(() -> readLoop(in), "raw-lsp-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    private void readLoop(InputStream in) {
        try {
            while (true) {
                int length = -1;
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                while (true) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    if (b == '\n') {
                        String header = line.toString(StandardCharsets.US_ASCII).trim();
                        line.reset();
                        if (header.isEmpty()) {
                            break;
                        }
                        if (header.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring(15).trim());
                        }
                    } else {
                        line.write(b);
                    }
                }
                byte[] body = in.readNBytes(length);
                incoming.add(GSON.fromJson(new String(body, StandardCharsets.UTF_8), JsonObject.class));
            }
        } catch (IOException e) {
            // stream closed
        }
    }

    void sendRaw(String headerAndBody) throws IOException {
        out.write(headerAndBody.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void sendBody(String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.flush();
    }

    int request(String method, JsonElement params) throws IOException {
        int id = nextId++;
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.addProperty("id", id);
        o.addProperty("method", method);
        if (params != null) {
            o.add("params", params);
        }
        sendBody(GSON.toJson(o));
        return id;
    }

    void notify(String method, JsonElement params) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("jsonrpc", "2.0");
        o.addProperty("method", method);
        if (params != null) {
            o.add("params", params);
        }
        sendBody(GSON.toJson(o));
    }

    /** Waits for the response to {@code id}, answering nothing else; other messages are kept. */
    JsonObject response(int id) throws InterruptedException {
        return await(m -> m.has("id")
                && !m.has("method")
                && m.get("id").isJsonPrimitive()
                && m.get("id").getAsInt() == id);
    }

    JsonObject await(Predicate<JsonObject> p) throws InterruptedException {
        for (JsonObject m : seen) {
            if (p.test(m)) {
                seen.remove(m);
                return m;
            }
        }
        long deadline = System.nanoTime() + TestServer.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject m = incoming.poll(50, TimeUnit.MILLISECONDS);
            if (m == null) {
                continue;
            }
            if (p.test(m)) {
                return m;
            }
            seen.add(m);
        }
        throw new AssertionError("no matching message within " + TestServer.TIMEOUT + "; got " + seen);
    }

    static JsonObject json(String s) {
        return GSON.fromJson(s, JsonObject.class);
    }

    static JsonObject initializeParams(String rootUri) {
        return json("{\"processId\": null, \"rootUri\": \"" + rootUri + "\", \"capabilities\": {}}");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static Duration timeout() {
        return TestServer.TIMEOUT;
    }
}
