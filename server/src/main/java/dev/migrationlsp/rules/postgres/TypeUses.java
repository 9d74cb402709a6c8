package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.alembic.MigrationModel.TypeRef;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.workspace.Document;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every column type {@code upgrade()} introduces (created tables, added columns, {@code alter_column(type_=...)}),
 * once per written type expression: a module constant used by five columns is one construct, flagged and fixed once.
 * Listed once per document version, for every rule that reads it.
 */
final class TypeUses {
    private TypeUses() {}

    private static final Document.Key<List<TypeRef>> KEY = new Document.Key<>("postgres-type-uses");

    /** A named class, not a lambda, as elsewhere on `check`'s path (a lambda's first use costs a short command). */
    private static final Function<Document, List<TypeRef>> LIST = new Function<>() {
        @Override
        public List<TypeRef> apply(Document d) {
            return list(d.migrationModel());
        }
    };

    private static List<TypeRef> of(DocumentContext ctx) {
        return ctx.document().derived(KEY, LIST);
    }

    /**
     * The type uses whose simple name is one of {@code names}: usually a few of a table's thousands of columns. The
     * rules loop over these only, so the loop over every column stays this small method (one short JIT compilation
     * shared by the rules), not each rule's finding-and-fix code, which the JIT would otherwise compile into it.
     */
    static List<TypeRef> named(DocumentContext ctx, Set<String> names) {
        List<TypeRef> all = of(ctx);
        List<TypeRef> out = null;
        for (int i = 0; i < all.size(); i++) {
            TypeRef t = all.get(i);
            if (names.contains(t.simpleName())) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(t);
            }
        }
        return out == null ? List.of() : out;
    }

    private static List<TypeRef> list(MigrationModel model) {
        List<TypeRef> out = new ArrayList<>();
        BitSet seen = new BitSet(); // start offsets of the type expressions listed (no boxed Integer per column)
        for (CreatedTable t : model.createdTables()) {
            List<ColumnDef> columns = t.columns();
            for (int i = 0; i < columns.size(); i++) {
                add(columns.get(i).type(), out, seen);
            }
        }
        for (ColumnDef c : model.addedColumns()) {
            add(c.type(), out, seen);
        }
        for (TypeRef t : model.alteredTypes()) {
            add(t, out, seen);
        }
        return List.copyOf(out);
    }

    private static void add(TypeRef t, List<TypeRef> out, BitSet seen) {
        if (t != null && !seen.get(t.expr().start())) {
            seen.set(t.expr().start());
            out.add(t);
        }
    }
}
