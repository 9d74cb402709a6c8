package dev.migrationlsp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * What a command whose answer may be remembered ({@code heads}, {@code check}) prints, captured so it can be both
 * printed and remembered, and the remembered form replayed: {@code code:outLength:out err}.
 */
final class CapturedOutput {
    private final StringWriter outText = new StringWriter();
    private final StringWriter errText = new StringWriter();
    /** Where the command writes its stdout and stderr. */
    final PrintWriter out = new PrintWriter(outText);

    final PrintWriter err = new PrintWriter(errText);

    /** Prints what was captured to {@code to} and {@code toErr}; returns it with {@code code}, to be remembered. */
    byte[] forward(int code, PrintWriter to, PrintWriter toErr) {
        out.flush();
        err.flush();
        String o = outText.toString();
        String e = errText.toString();
        to.print(o);
        to.flush();
        toErr.print(e);
        toErr.flush();
        return (code + ":" + o.length() + ":" + o + e).getBytes(StandardCharsets.UTF_8);
    }

    /** Prints a remembered answer made by {@link #forward} and returns its exit code. */
    static int replay(byte[] answer, PrintWriter out, PrintWriter err) {
        String text = new String(answer, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        int second = text.indexOf(':', colon + 1);
        int outLength = Integer.parseInt(text.substring(colon + 1, second));
        out.print(text.substring(second + 1, second + 1 + outLength));
        out.flush();
        err.print(text.substring(second + 1 + outLength));
        err.flush();
        return Integer.parseInt(text.substring(0, colon));
    }
}
