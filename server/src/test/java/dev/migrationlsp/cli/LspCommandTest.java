package dev.migrationlsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The server's log lines on stderr: {@code [time] LEVEL logger: message}, then the stack trace if any. */
class LspCommandTest {
    @Test
    void aLogLineHasTheTimeTheLevelTheLoggerAndTheFormattedMessage() {
        LogRecord r = new LogRecord(Level.WARNING, "ignoring change {0}");
        r.setLoggerName("dev.migrationlsp.lsp.DocumentService");
        r.setParameters(new Object[] {"7"});

        String line = new LspCommand.LineFormatter().format(r);

        assertThat(line)
                .matches("\\[\\d\\d:\\d\\d:\\d\\d] WARNING dev\\.migrationlsp\\.lsp\\.DocumentService: "
                        + "ignoring change 7" + System.lineSeparator());
    }

    @Test
    void aThrowableFollowsOnTheNextLines() {
        LogRecord r = new LogRecord(Level.SEVERE, "request failed");
        r.setLoggerName("x");
        r.setThrown(new IllegalStateException("boom"));

        String[] lines = new LspCommand.LineFormatter().format(r).split("\\R");

        assertThat(lines[0]).endsWith("SEVERE x: request failed");
        assertThat(lines[1]).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines[2]).contains("aThrowableFollowsOnTheNextLines");
    }
}
