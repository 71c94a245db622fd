package org.migrationgraph.seed;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code --validate-seed[=location]}: checks a seed without starting the server or a database,
 * for people editing graph-seed/. Exit code 0 when valid, 1 when not.
 */
public final class SeedCheckCommand {

    public static final String FLAG = "--validate-seed";

    private SeedCheckCommand() {
    }

    public static boolean isRequested(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals(FLAG) || a.startsWith(FLAG + "="));
    }

    public static int run(String[] args, PrintStream out) {
        String location = List.of(args).stream().filter(a -> a.startsWith(FLAG + "="))
                .map(a -> a.substring(FLAG.length() + 1)).findFirst()
                .map(SeedCheckCommand::asLocation).orElseGet(SeedLocations::defaultLocation);
        long started = System.nanoTime();
        try {
            Seed seed = SeedService.validated(SeedFiles.read(location));
            out.printf("Seed at %s is valid: %d entities, %d relations, %d references, %d documents (%d ms)%n",
                    location, seed.entities().size(), seed.relations().size(), seed.references().size(),
                    seed.paragraphs().size(), (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (InvalidSeedException e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    /** A bare path is a directory on disk; anything with a scheme is a Spring resource location. */
    private static String asLocation(String value) {
        return value.contains(":") && !value.matches("[A-Za-z]:\\\\.*") ? value : "file:" + value;
    }
}
