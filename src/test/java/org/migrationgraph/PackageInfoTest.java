package org.migrationgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every package says in its package-info.java what it owns and who may depend on it. */
class PackageInfoTest {

    private static final Path SOURCES = Path.of("src/main/java/org/migrationgraph");

    @Test
    void everyPackageHasADocumentedPackageInfo() throws IOException {
        List<Path> packages;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            packages = walk.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES)).toList();
        }
        assertThat(packages).isNotEmpty().allSatisfy(dir -> {
            Path info = dir.resolve("package-info.java");
            assertThat(info).as("package-info.java of %s", dir).exists();
            assertThat(Files.readString(info)).as("%s says what the package owns", info).contains("/**").contains("depend");
        });
    }
}
