package org.migrationgraph.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the migration files from the classpath, in version order. */
final class MigrationFiles {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    private MigrationFiles() {
    }

    static List<Migration> load(String locationPattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            List<Migration> migrations = new ArrayList<>();
            for (Resource resource : resources) {
                migrations.add(parse(resource));
            }
            migrations.sort(Comparator.comparingInt(Migration::version));
            rejectSharedVersions(migrations);
            return migrations;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema migrations from " + locationPattern, e);
        }
    }

    /**
     * Two files of one version (a rename that left the old file in a stale build, or two branches
     * that took the same number) would be applied in whichever order the classpath lists them, and
     * the checksum recorded for the version would depend on it.
     */
    private static void rejectSharedVersions(List<Migration> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new IllegalStateException("Two schema migrations have version " + sorted.get(i).version() + " ('"
                        + sorted.get(i - 1).description() + "' and '" + sorted.get(i).description()
                        + "'); give one of them the next free version, or rebuild from clean if one was renamed.");
            }
        }
    }

    private static Migration parse(Resource resource) throws IOException {
        Matcher name = NAME.matcher(String.valueOf(resource.getFilename()));
        if (!name.matches()) {
            throw new IllegalStateException("Migration file " + resource.getFilename()
                    + " is not named V<version>__<description>.cypher");
        }
        String text = resource.getContentAsString(StandardCharsets.UTF_8);
        return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
                sha256(text), CypherScript.statements(text));
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
