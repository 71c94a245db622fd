package org.migrationgraph.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.embedded.EmbeddedModeCondition;
import org.migrationgraph.embedded.EmbeddedNeo4jProperties;
import org.migrationgraph.seed.SeedService;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --generate=ENTITIES [--generate-seed=N]}: writes about that many synthetic entities
 * (rounded to whole documents, about 3.6 relations each, all cited) into the configured store
 * next to the seed's graph, and exits. The same numbers give the same graph, and generating it
 * again changes nothing. A data directory without a store is written by Neo4j's offline importer
 * ({@link StoreImport}), then the service starts once on it; an existing store is written
 * transactionally after the service starts as usual (loading the seed when it changed). Either
 * way the service runs without its warm-up and with its web server on a loopback port nobody is
 * told about. Exit code 0 when written, 2 when the arguments are wrong or the generation could not run.
 */
public final class GenerateCommand {

    public static final String FLAG = "--generate";
    static final String SEED_FLAG = "--generate-seed";
    static final long MAX_ENTITIES = 20_000_000;

    private GenerateCommand() {
    }

    public static boolean isRequested(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.startsWith(FLAG + "="));
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        Optional<long[]> numbers = parse(args, out);
        if (numbers.isEmpty()) {
            return 2;
        }
        long entities = numbers.get()[0];
        long seed = numbers.get()[1];
        List<String> rest = new ArrayList<>(List.of(args).stream().filter(a -> !a.startsWith(FLAG + "=") && !a.startsWith(SEED_FLAG + "=")).toList());
        rest.add("--migration-graph.warm-up.enabled=false");
        rest.add("--server.port=0");
        rest.add("--server.address=127.0.0.1");
        try {
            Target target = target(rest);
            return target.importInto().isPresent() ? imported(application, rest, target, entities, seed, out)
                    : transactional(application, rest, entities, seed, out);
        } catch (RuntimeException e) {
            out.println("Generation failed: " + e.getMessage());
            return 2;
        }
    }

    /**
     * A new store: the offline importer writes it (StoreImport), then the service's first start
     * makes its schema and loads the seed, as for any store.
     */
    private static int imported(Class<?> application, List<String> args, Target target, long entities, long seed, PrintStream out) {
        Path home = target.importInto().orElseThrow();
        List<Map<String, Object>> seedEntities = SeedService.validatedEntityRows(target.seedLocation());
        SyntheticGraph graph = new SyntheticGraph(Anchors.fromRows(seedEntities), seed);
        long documents = SyntheticGraph.documentsFor(entities);
        out.printf("Generating about %,d entities (seed number %d) into a new store at %s with Neo4j's importer...%n", entities, seed, home);
        StoreImport.Imported imported = StoreImport.write(home, seedEntities, graph, documents, out);
        double seconds = Math.max(1, imported.took().toMillis()) / 1000.0;
        out.printf("Imported %,d documents: %,d entities, %,d paragraphs, %,d relations in %.1f s (%,.0f entities/s, %,.0f relations/s).%n",
                imported.documents(), imported.entities(), imported.paragraphs(), imported.relations(), seconds,
                imported.entities() / seconds, imported.relations() / seconds);
        out.println("Starting the service on the new store: it makes the schema (populating the indexes) and loads the seed...");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplication(application).run(args.toArray(String[]::new))) {
            GraphGenerator.record(context.getBean(org.neo4j.driver.Driver.class), seed, documents);
        }
        out.printf("First start done in %.1f s; the store is ready.%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static int transactional(Class<?> application, List<String> args, long entities, long seed, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplication(application).run(args.toArray(String[]::new))) {
            out.printf("Generating about %,d entities (seed number %d)...%n", entities, seed);
            GraphGenerator.Written written = GraphGenerator.generate(context.getBean(org.neo4j.driver.Driver.class), entities, seed);
            out.printf("Wrote %,d documents: %,d entities, %,d paragraphs, %,d relations in %.1f s.%n", written.documents(),
                    written.entities(), written.paragraphs(), written.relations(), written.total().toMillis() / 1000.0);
            out.printf("Entities at %,.0f/s, relations at %,.0f/s (time in their write statements).%n",
                    written.entitiesPerSecond(), written.relationsPerSecond());
            out.println(written.created() == 0 ? "Nothing new: this graph had been generated already."
                    : String.format("%,d nodes and relationships were new.", written.created()));
            return 0;
        }
    }

    /**
     * Where to generate: the embedded store's data directory when this configuration runs one
     * that may be imported into (StoreImport#canImport), and the seed's configured location.
     */
    private record Target(Optional<Path> importInto, String seedLocation) {
    }

    private static Target target(List<String> args) {
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args.toArray(String[]::new))) {
            Environment env = settings.getEnvironment();
            String seedLocation = env.getProperty("migration-graph.seed.location");
            if (!EmbeddedModeCondition.isEmbedded(env)) {
                return new Target(Optional.empty(), seedLocation);
            }
            Path home = Binder.get(env).bindOrCreate("migration-graph.embedded", EmbeddedNeo4jProperties.class).dataDir();
            return new Target(StoreImport.canImport(home) ? Optional.of(home) : Optional.empty(), seedLocation);
        }
    }

    /** Nothing but the configuration: application.yaml, profiles, the environment and the arguments. */
    static final class Settings {
    }

    /** The entity count and seed number, or empty after saying what is wrong and how to fix it. */
    static Optional<long[]> parse(String[] args, PrintStream out) {
        String count = value(args, FLAG);
        String seed = Optional.ofNullable(value(args, SEED_FLAG)).orElse("1");
        try {
            long entities = Long.parseLong(count.replace("_", "").replace(",", ""));
            long number = Long.parseLong(seed);
            if (entities < 1 || entities > MAX_ENTITIES) {
                out.printf("%s=%s: give a number of entities from 1 to %,d, e.g. --generate=1000000.%n", FLAG, count, MAX_ENTITIES);
                return Optional.empty();
            }
            return Optional.of(new long[] {entities, number});
        } catch (NumberFormatException e) {
            out.printf("%s=%s %s=%s: both take whole numbers, e.g. --generate=1000000 --generate-seed=7.%n", FLAG, count, SEED_FLAG, seed);
            return Optional.empty();
        }
    }

    private static String value(String[] args, String flag) {
        return List.of(args).stream().filter(a -> a.startsWith(flag + "=")).map(a -> a.substring(flag.length() + 1)).findFirst().orElse(null);
    }
}
