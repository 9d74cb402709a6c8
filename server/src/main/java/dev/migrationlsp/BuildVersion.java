package dev.migrationlsp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The project version, written into version.properties by Maven's resource filtering: what {@code --version} prints
 * and the server reports in {@code serverInfo}.
 */
public final class BuildVersion {
    private BuildVersion() {}

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
}
