package dev.migrationlsp.lsp;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

/**
 * Makes a plausible LSP4J parameter object by reflection (no-argument constructor, then every setter), so a test can
 * call each handler without knowing its parameter type. Strings are a file URI that exists nowhere.
 */
final class ParamsFactory {
    static final String URI = "file:///nonexistent-migration-lsp/versions/x.py";

    private ParamsFactory() {}

    static Object make(Class<?> type, int depth) {
        if (type == String.class) {
            return URI;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isInterface()
                || Modifier.isAbstract(type.getModifiers())
                || type == Object.class
                || depth > 4
                || !type.getPackageName().startsWith("org.eclipse.lsp4j")) {
            return null;
        }
        try {
            Constructor<?> c = type.getConstructor();
            Object o = c.newInstance();
            for (Method m : type.getMethods()) {
                if (m.getName().startsWith("set") && m.getParameterCount() == 1) {
                    Object v = make(m.getParameterTypes()[0], depth + 1);
                    if (v != null) {
                        m.invoke(o, v);
                    }
                }
            }
            return o;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
