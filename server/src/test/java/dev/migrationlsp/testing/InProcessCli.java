package dev.migrationlsp.testing;

import dev.migrationlsp.cli.RootCommand;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in this JVM through its real entry point, with what it printed and its exit code. */
public final class InProcessCli {
    private InProcessCli() {}

    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RootCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
