package org.migrationgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.migrationgraph.support.ApiException;
import org.migrationgraph.validtime.ValidTime;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line twin of {@code /export/...}: {@code --export=FILE --out=PATH [--kind=|--type=|
 * --around= [--depth=]] [--as-of=DATE | --during-from=DATE --during-to=DATE] [--undated-facts=EXCLUDE]
 * [--as-recorded-on=MOMENT] [--base-url=]} writes one export of the configured database (FILE is
 * one of the names {@code /export} lists, e.g. {@code graph.graphml}) and exits: 0 when written,
 * 1 on bad input, 2 when it could not run. Nothing but loopback is listened on while it runs.
 */
public final class ExportCommand {

    public static final String EXPORT = "--export";
    private static final List<String> OWN = List.of(EXPORT, "--out", "--kind", "--type", "--around", "--depth", "--base-url",
            "--as-of", "--during-from", "--during-to", "--undated-facts", "--as-recorded-on");

    private ExportCommand() {
    }

    public static boolean isRequested(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.startsWith(EXPORT + "="));
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        String file = option(args, EXPORT).orElse("");
        Optional<ExportFormat> format = ExportFormat.byFileName(file);
        Optional<String> target = option(args, "--out");
        if (format.isEmpty() || target.isEmpty()) {
            out.println(format.isEmpty() ? "No export is called '" + file + "'; give one of " + ExportFormat.fileNames()
                    : "Say where to write it: --out=PATH");
            return 1;
        }
        ExportScope scope;
        try {
            scope = new ExportScope(option(args, "--kind").orElse(null), option(args, "--type").orElse(null),
                    option(args, "--around").orElse(null), Integer.parseInt(option(args, "--depth").orElse("1")), window(args),
                    option(args, "--as-recorded-on").orElse(null));
        } catch (ApiException | NumberFormatException e) {
            out.println(e instanceof ApiException ? e.getMessage() : "--depth must be 1 or 2");
            return 1;
        }
        List<String> rest = new ArrayList<>(List.of(args).stream().filter(a -> OWN.stream().noneMatch(o -> a.startsWith(o + "="))).toList());
        rest.add("--migration-graph.warm-up.enabled=false");
        // The web layer's beans need a servlet context; a loopback server on a free port is the cheap way to give them one.
        rest.add("--server.port=0");
        rest.add("--server.address=127.0.0.1");
        try (ConfigurableApplicationContext context = new SpringApplication(application).run(rest.toArray(String[]::new))) {
            Exporter exporter = context.getBean(Exporter.class);
            Exporter.Prepared prepared = exporter.prepare(format.get(), scope);
            Path path = Path.of(target.get());
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
                exporter.write(prepared, option(args, "--base-url").orElse("http://localhost:8080"), stream);
            }
            out.printf("Wrote %s (%,d bytes): %s of revision %d.%n", path.toAbsolutePath(), Files.size(path),
                    scope.isWholeGraph() ? "the whole graph" : scope.asParameters(), prepared.state().revision());
            return 0;
        } catch (ApiException e) {
            out.println(e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            out.println("Export failed: " + e.getMessage());
            return 2;
        }
    }

    private static Optional<String> option(String[] args, String name) {
        return List.of(args).stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1)).findFirst();
    }

    /** The valid-time options, read as /export reads asOf, duringFrom, duringTo and undatedFacts. */
    private static ValidTime window(String[] args) {
        return ValidTime.ofText(option(args, "--as-of").orElse(null), option(args, "--during-from").orElse(null),
                option(args, "--during-to").orElse(null), option(args, "--undated-facts").orElse(null));
    }
}
