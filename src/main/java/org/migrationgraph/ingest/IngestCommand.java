package org.migrationgraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.migrationgraph.seed.SeedContents;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The command-line twin of {@code ingestDocument}: {@code --ingest-document=FILE --title="..."
 * [--date=YYYY-MM-DD] [--kind=...] [--author=...]} ingests a text file into the configured database
 * (history records the author as {@code command-line}) and prints what it found.
 * {@code --evaluate-ingestion} reads the seed's own source documents with their curated layer
 * removed and prints precision and recall against it (no database). Exit code 0 when done, 1 on
 * bad input, 2 when it could not run.
 */
public final class IngestCommand {

    public static final String INGEST = "--ingest-document";
    public static final String EVALUATE = "--evaluate-ingestion";

    private IngestCommand() {
    }

    public static boolean isRequested(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.startsWith(INGEST + "=") || a.equals(EVALUATE) || a.startsWith(EVALUATE + "="));
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        if (option(args, EVALUATE).isPresent() || List.of(args).contains(EVALUATE)) {
            String seed = option(args, EVALUATE).filter(s -> !s.isBlank()).orElse("file:graph-seed/");
            SeedContents contents = SeedContents.read(seed);
            out.print(IngestionEvaluation.report(IngestionEvaluation.run(contents)));
            out.print(IngestionEvaluation.timing(contents, 30));
            return 0;
        }
        Path file = Path.of(option(args, INGEST).orElseThrow());
        Optional<String> title = option(args, "--title");
        if (title.isEmpty() || !Files.isRegularFile(file)) {
            out.println(title.isEmpty() ? "Give the document's title: --title=\"...\"" : "No such file: " + file.toAbsolutePath());
            return 1;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("Could not read " + file + ": " + e.getMessage());
            return 2;
        }
        List<String> rest = new ArrayList<>(List.of(args).stream().filter(a -> !a.startsWith(INGEST + "=") && !a.startsWith("--title=")
                && !a.startsWith("--date=") && !a.startsWith("--kind=") && !a.startsWith("--author=") && !a.startsWith("--id=")).toList());
        rest.add("--migration-graph.warm-up.enabled=false");
        rest.add("--server.port=0");
        rest.add("--server.address=127.0.0.1");
        try (ConfigurableApplicationContext context = new SpringApplication(application).run(rest.toArray(String[]::new))) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("command-line", null, List.of()));
            IngestionService.IngestOutcome o = context.getBean(IngestionService.class).ingest(new IngestionService.IngestInput(
                    option(args, "--id").orElse(null), title.get(), option(args, "--date").orElse(null), option(args, "--kind").orElse(null),
                    option(args, "--author").orElse(null), text, "ingested from " + file.getFileName()));
            if (!o.userErrors().isEmpty()) {
                o.userErrors().forEach(e -> out.println(String.join(".", e.field()) + ": " + e.message() + " [" + e.code() + "]"));
                return 1;
            }
            out.printf("%s %s: %d paragraphs, %d sentences, %d mentions (%d ambiguous), %d proposals (%d new; %d more already in the graph).%n",
                    o.documentId(), o.documentAdded() ? "added" : "already stored", o.paragraphs(), o.sentences(), o.mentions(),
                    o.ambiguousMentions(), o.proposals(), o.newProposals(), o.alreadyInGraph());
            out.println("Review them in the explorer, or with proposals(document: \"" + o.documentId() + "\").");
            return 0;
        } catch (RuntimeException e) {
            out.println("Ingestion failed: " + e.getMessage());
            return 2;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Optional<String> option(String[] args, String name) {
        return List.of(args).stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1)).findFirst();
    }
}
