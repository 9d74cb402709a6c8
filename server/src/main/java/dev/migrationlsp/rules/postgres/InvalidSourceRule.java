package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PythonTokenizer;
import dev.migrationlsp.alembic.PythonTokenizer.Kind;
import dev.migrationlsp.alembic.PythonTokenizer.Token;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code invalid-source}: a revision file Python refuses to compile, so Alembic cannot load it (and every command
 * fails), while this tool could still read it: a null byte anywhere, or bytes that are not UTF-8 outside comments
 * when the file declares no other encoding (PEP 263); {@code importlib}, which Alembic loads revisions with, accepts
 * such bytes inside comments. A UTF-8 byte order mark is fine. Files are decoded leniently (undecodable bytes become
 * U+FFFD), so the bytes on disk are consulted only when the text holds a U+FFFD, and only while the text still is
 * what the disk holds (an editor buffer that differs is the editor's to save).
 */
public final class InvalidSourceRule implements DocumentRule {
    /** The file's own bytes are all it reads. */
    @Override
    public java.util.Set<dev.migrationlsp.rules.WorkspaceFact> reads() {
        return java.util.Set.of();
    }

    private static final char REPLACEMENT = '\uFFFD';
    private static final long MAX_BYTES = 16L << 20;
    /** PEP 263: a coding declaration in a comment on the first or second line. */
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private static final Set<String> UTF8 = Set.of("utf-8", "utf8", "utf_8", "utf-8-sig", "utf_8_sig", "u8", "cp65001");

    @Override
    public RuleCode code() {
        return RuleCode.INVALID_SOURCE;
    }

    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.ALEMBIC;
    }

    @Override
    public List<Finding> check(DocumentContext ctx) {
        SourceText text = ctx.text();
        String s = text.text();
        List<Finding> out = new ArrayList<>();
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            out.add(Finding.of(
                            code(),
                            ctx.document().path(),
                            text.span(nul, nul + 1),
                            "The file contains a null byte; Python refuses to compile it (\"source code cannot contain null"
                                    + " bytes\"), so Alembic cannot load this revision")
                    .fingerprint("null byte")
                    .build());
        }
        if (s.indexOf(REPLACEMENT) >= 0 && declaresUtf8(text)) {
            int bad = firstMalformedOutsideComments(ctx, s);
            if (bad >= 0) {
                out.add(Finding.of(
                                code(),
                                ctx.document().path(),
                                text.span(bad, bad + 1),
                                "The file is not valid UTF-8 here; Python refuses to compile it, so Alembic cannot load this"
                                        + " revision: re-save it as UTF-8")
                        .fingerprint("invalid utf-8")
                        .build());
            }
        }
        return out;
    }

    /** True unless a PEP 263 declaration names another encoding (then Python decodes with that one). */
    private static boolean declaresUtf8(SourceText text) {
        for (int line = 0; line < Math.min(2, text.lineCount()); line++) {
            String l = text.lineText(line);
            Matcher m = CODING.matcher(l);
            if (m.find()) {
                return UTF8.contains(m.group(1).toLowerCase(Locale.ROOT));
            }
            if (!l.isBlank() && !l.stripLeading().startsWith("#")) {
                break; // the declaration may only follow a comment or blank first line
            }
        }
        return true;
    }

    /**
     * The char offset of the first undecodable byte sequence on disk that is not inside a comment (Python's
     * {@code compile}, which Alembic's loader uses, decodes tokens, and skips the bytes of comments), or -1: valid,
     * unreadable, or the text is not what the disk holds.
     */
    private static int firstMalformedOutsideComments(DocumentContext ctx, String text) {
        List<Integer> malformed = malformedOnDisk(ctx, text);
        if (malformed.isEmpty()) {
            return -1;
        }
        List<Token> comments = PythonTokenizer.tokenize(text).stream()
                .filter(t -> t.kind() == Kind.COMMENT)
                .toList();
        for (int at : malformed) {
            if (comments.stream().noneMatch(c -> c.start() <= at && at < c.end())) {
                return at;
            }
        }
        return -1;
    }

    /** Char offsets of the U+FFFD that stand for undecodable bytes of the file on disk (empty if none or edited). */
    private static List<Integer> malformedOnDisk(DocumentContext ctx, String text) {
        try {
            var path = ctx.document().path();
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(path);
            CharsetDecoder strict = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
            List<Integer> out = new ArrayList<>();
            while (true) {
                CoderResult r = strict.decode(in, chars, true);
                if (r.isError()) {
                    out.add(chars.position());
                    chars.put(REPLACEMENT); // as the lenient decoding that produced the text did
                    in.position(in.position() + r.length());
                } else {
                    break;
                }
            }
            strict.flush(chars);
            chars.flip();
            return chars.toString().equals(text) ? out : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
