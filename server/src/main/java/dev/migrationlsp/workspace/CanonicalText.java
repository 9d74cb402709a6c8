package dev.migrationlsp.workspace;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A value's full text, equal for equal values in every run: what a remembered answer's key holds of the configuration.
 * Records are written component by component, found by reflection, so a component added later is in the key without
 * anyone remembering to add it. Sets and maps are written in sorted order: {@code Set.copyOf} and {@code Map.copyOf}
 * iterate in an order that changes from one JVM run to the next, so their {@code toString} would never match a
 * remembered key.
 */
final class CanonicalText {
    private CanonicalText() {}

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Record r) {
            out.append(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                out.append(c.getName()).append('=');
                try {
                    append(out, c.getAccessor().invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    // cannot happen for the public records this is used on; never equal to a remembered key
                    throw new IllegalStateException("cannot read " + c, e);
                }
                out.append(';');
            }
            out.append(')');
        } else if (value instanceof Optional<?> o) {
            out.append(o.isPresent() ? "some(" : "none(");
            if (o.isPresent()) {
                append(out, o.get());
            }
            out.append(')');
        } else if (value instanceof OptionalInt o) {
            out.append(o.isPresent() ? "some(" + o.getAsInt() + ")" : "none()");
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (Object v : list) {
                append(out, v);
                out.append('\0');
            }
            out.append(']');
        } else if (value instanceof Collection<?> set) {
            out.append('{');
            for (String v : sorted(set)) {
                out.append(v).append('\0');
            }
            out.append('}');
        } else if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                StringBuilder entry = new StringBuilder();
                append(entry, e.getKey());
                entry.append("\0=");
                append(entry, e.getValue());
                entries.add(entry.toString());
            }
            out.append("{").append(String.join("\0", sorted(entries))).append('}');
        } else {
            // strings, numbers, booleans, enums, paths: their toString is their value, its length keeps it apart from
            // what follows
            String text = value.toString();
            out.append(value.getClass().getSimpleName())
                    .append(':')
                    .append(text.length())
                    .append(':')
                    .append(text);
        }
    }

    private static List<String> sorted(Collection<?> values) {
        List<String> texts = new ArrayList<>(values.size());
        for (Object v : values) {
            StringBuilder t = new StringBuilder();
            append(t, v);
            texts.add(t.toString());
        }
        texts.sort(null);
        return texts;
    }
}
