package org.migrationgraph.seed;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --export-seed=DIR}: writes the graph as it is now (curated edits included) in the
 * graph-seed format, so that the edits can be reviewed as a diff and committed. It opens the
 * configured database without loading graph-seed/ first (and with the web server on a loopback
 * port of its own), then checks
 * the export with the seed's own validation and prints its fingerprint. Exit code 0 when the
 * export is valid, 1 when not, 2 when it could not run.
 */
public final class ExportSeedCommand {

    public static final String FLAG = "--export-seed";

    private ExportSeedCommand() {
    }

    public static boolean isRequested(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.startsWith(FLAG + "="));
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        Path directory = Path.of(List.of(args).stream().filter(a -> a.startsWith(FLAG + "="))
                .map(a -> a.substring(FLAG.length() + 1)).findFirst().orElseThrow()).toAbsolutePath().normalize();
        List<String> rest = new ArrayList<>(List.of(args).stream().filter(a -> !a.startsWith(FLAG + "=")).toList());
        rest.add("--migration-graph.seed.on-startup=false");
        rest.add("--migration-graph.warm-up.enabled=false");
        // The web layer's beans need a servlet context; a port nobody is told about is the cheapest one.
        rest.add("--server.port=0");
        rest.add("--server.address=127.0.0.1");
        SpringApplication app = new SpringApplication(application);
        try (ConfigurableApplicationContext context = app.run(rest.toArray(String[]::new))) {
            SeedExporter.Exported exported = context.getBean(SeedExporter.class).export(directory);
            String fingerprint = GraphFingerprint.of(context.getBean(org.neo4j.driver.Driver.class));
            Seed seed = SeedService.validated(SeedFiles.read(directory.toUri().toString()));
            boolean recorded = context.getBean(SeedService.class).recordExport(exported.filesHash(), exported.revision());
            out.printf("Exported %d entities and %d relations to %s (%d files, %d documents).%n", exported.entities(),
                    exported.relations(), directory, exported.files(), seed.paragraphs().size());
            out.printf("Content fingerprint %s; the export is valid seed.%n", fingerprint);
            out.println(recorded ? "Review it with a diff; once it is graph-seed/, the next start finds the graph unchanged."
                    : "The graph was written to while exporting; export again to capture that write.");
            return 0;
        } catch (InvalidSeedException e) {
            out.println("The export is not a valid seed (a bug; please report it):");
            out.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            out.println("Export failed: " + e.getMessage());
            return 2;
        }
    }
}
