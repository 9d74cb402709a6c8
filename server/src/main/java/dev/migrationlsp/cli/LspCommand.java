package dev.migrationlsp.cli;

import dev.migrationlsp.lsp.ServerLauncher;
import dev.migrationlsp.lsp.WholeMessageOutput;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Callable;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lsp [--stdio | --socket PORT]}: run the language server. */
@Command(
        name = "lsp",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Run the language server (what editors start). Default: --stdio.")
public final class LspCommand implements Callable<Integer> {

    static final class Transport {
        @Option(names = "--stdio", description = "JSON-RPC over stdin/stdout (default).")
        boolean stdio;

        @Option(names = "--socket", paramLabel = "PORT", description = "Listen on 127.0.0.1:PORT and serve one client.")
        Integer port;
    }

    @ArgGroup(exclusive = true)
    Transport transport;

    @Override
    public Integer call() {
        // stdout belongs to JSON-RPC: anything else printing to System.out would corrupt the stream
        OutputStream rpcOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        if (transport != null && transport.port != null) {
            if (transport.port < 0 || transport.port > 65535) {
                throw new RootCommand.UsageError("--socket: port must be 0..65535");
            }
            try (ServerSocket server = new ServerSocket(transport.port, 1, InetAddress.getLoopbackAddress())) {
                System.err.println("migration-lsp: listening on 127.0.0.1:" + server.getLocalPort());
                try (Socket s = server.accept()) {
                    return serve(s.getInputStream(), s.getOutputStream());
                }
            } catch (IOException e) {
                throw new RootCommand.UsageError("--socket " + transport.port + ": " + e.getMessage());
            }
        }
        return serve(System.in, rpcOut);
    }

    private static int serve(InputStream in, OutputStream out) {
        WholeMessageOutput rpc = new WholeMessageOutput(out);
        return ServerLauncher.run(
                in,
                rpc,
                status -> {
                    rpc.seal(); // a notification being sent right now ends whole; none starts after
                    System.err.flush();
                    Runtime.getRuntime().halt(status);
                },
                LspCommand::configureLogging);
    }

    private static void configureLogging() {
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler stderr = new ConsoleHandler(); // writes to System.err
        stderr.setFormatter(new LineFormatter());
        stderr.setLevel(Level.INFO);
        root.addHandler(stderr);
        root.setLevel(Level.INFO);
    }

    /**
     * {@code [12:34:56] WARNING logger: message}, the line {@code SimpleFormatter} printed with that format. Its own
     * class is not used because its constructor checks the format by formatting a date, which loads the time-zone,
     * locale and regular-expression machinery at start-up, before the first log line needs it.
     */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            String thrown = "";
            if (r.getThrown() != null) {
                java.io.StringWriter w = new java.io.StringWriter();
                try (PrintWriter p = new PrintWriter(w)) {
                    p.println();
                    r.getThrown().printStackTrace(p);
                }
                thrown = w.toString();
            }
            return String.format(
                    "[%1$tT] %2$s %3$s: %4$s%5$s%n",
                    java.time.ZonedDateTime.ofInstant(r.getInstant(), java.time.ZoneId.systemDefault()),
                    r.getLevel().getLocalizedName(),
                    r.getLoggerName(),
                    formatMessage(r),
                    thrown);
        }
    }
}
