package dev.migrationlsp.cli;

import dev.migrationlsp.lsp.ServerLauncher;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Callable;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
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
        configureLogging();
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
        int code = ServerLauncher.run(in, out, status -> {
            System.err.flush();
            Runtime.getRuntime().halt(status);
        });
        return code;
    }

    private static void configureLogging() {
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) {
            root.removeHandler(h);
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "[%1$tT] %4$s %3$s: %5$s%6$s%n");
        ConsoleHandler stderr = new ConsoleHandler(); // writes to System.err
        stderr.setFormatter(new SimpleFormatter());
        stderr.setLevel(Level.INFO);
        root.addHandler(stderr);
        root.setLevel(Level.INFO);
    }
}
