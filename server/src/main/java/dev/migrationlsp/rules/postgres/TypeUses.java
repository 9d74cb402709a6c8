package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.MigrationModel;
import dev.migrationlsp.alembic.MigrationModel.ColumnDef;
import dev.migrationlsp.alembic.MigrationModel.CreatedTable;
import dev.migrationlsp.alembic.MigrationModel.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every column type {@code upgrade()} introduces (created tables, added columns, {@code alter_column(type_=...)}),
 * once per written type expression: a module constant used by five columns is one construct, flagged and fixed once.
 */
final class TypeUses {
    private TypeUses() {}

    static List<TypeRef> of(MigrationModel model) {
        List<TypeRef> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (CreatedTable t : model.createdTables()) {
            for (ColumnDef c : t.columns()) {
                add(c.type(), out, seen);
            }
        }
        for (ColumnDef c : model.addedColumns()) {
            add(c.type(), out, seen);
        }
        for (TypeRef t : model.alteredTypes()) {
            add(t, out, seen);
        }
        return out;
    }

    private static void add(TypeRef t, List<TypeRef> out, Set<Integer> seen) {
        if (t != null && seen.add(t.expr().start())) {
            out.add(t);
        }
    }
}
