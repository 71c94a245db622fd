package org.migrationgraph;

import org.migrationgraph.export.ExportCommand;
import org.migrationgraph.generate.GenerateCommand;
import org.migrationgraph.security.NewApiKeyCommand;
import org.migrationgraph.ingest.IngestCommand;
import org.migrationgraph.seed.ExportSeedCommand;
import org.migrationgraph.seed.SeedCheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MigrationGraphApplication {

    public static void main(String[] args) {
        if (SeedCheckCommand.isRequested(args)) {
            // Seed editors get their answer in about a second: no server, no database.
            System.exit(SeedCheckCommand.run(args, System.out));
        }
        if (IngestCommand.isRequested(args)) {
            System.exit(IngestCommand.run(MigrationGraphApplication.class, args, System.out));
        }
        if (ExportSeedCommand.isRequested(args)) {
            System.exit(ExportSeedCommand.run(MigrationGraphApplication.class, args, System.out));
        }
        if (ExportCommand.isRequested(args)) {
            System.exit(ExportCommand.run(MigrationGraphApplication.class, args, System.out));
        }
        if (GenerateCommand.isRequested(args)) {
            System.exit(GenerateCommand.run(MigrationGraphApplication.class, args, System.out));
        }
        if (NewApiKeyCommand.isRequested(args)) {
            System.exit(NewApiKeyCommand.run(args, System.out));
        }
        SpringApplication.run(MigrationGraphApplication.class, args);
    }
}
