package dev.migrationlsp.bench;

import dev.migrationlsp.alembic.PyAst;
import dev.migrationlsp.alembic.PyReader;
import dev.migrationlsp.alembic.PyTokens;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing the next version of an edited 2,000-line migration (one {@code create_table} with 2,000 columns, as
 * {@code bench/lsp/editing.sh} types into): re-lexing around the edit and reading the whole module again
 * ({@code readAgain}, what the server did before), against {@link PyReader#reparse}, which takes over the call
 * arguments the edit did not touch ({@code reparse}). The edit is one character typed and deleted in turn, in the
 * first column ({@code top}: every other argument is moved), the middle one, or the last one ({@code bottom}: every
 * other argument is kept as it is).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ReparseEditedMigration {
    @Param({"top", "middle", "bottom"})
    public String where;

    private String original;
    private String edited;
    private int version;
    private PyTokens tokens;
    private PyReader.Parse parse;

    @Setup(Level.Trial)
    public void setUp() {
        original = MigrationGenerator.oneTable(2000);
        int column = switch (where) {
            case "top" -> 0;
            case "middle" -> 1000;
            default -> 1999;
        };
        int at = original.indexOf("\"col_" + column + "\"") + 4;
        edited = original.substring(0, at) + "x" + original.substring(at);
        tokens = PyTokens.lex(original);
        parse = PyReader.parse(original);
    }

    private String nextText() {
        return (++version & 1) == 1 ? edited : original;
    }

    /** Re-lex around the edit, then read the whole module from the tokens. */
    @Benchmark
    public PyAst.Module readAgain() {
        tokens = PyTokens.relex(tokens, nextText());
        return PyReader.read(tokens);
    }

    /** Re-lex around the edit, then read only what the edit touched. */
    @Benchmark
    public PyAst.Module reparse() {
        parse = PyReader.reparse(parse, nextText());
        return parse.module();
    }
}
