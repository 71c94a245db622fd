package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The project's own graph-seed/ must always pass validation, so a bad edit fails the build. */
class ProjectSeedTest {

    @Test
    void shouldValidateTheProjectSeedWithoutProblems() {
        Seed seed = SeedService.validated(SeedFiles.read("file:graph-seed/"));
        assertThat(seed.entities()).isNotEmpty();
        assertThat(seed.paragraphs()).containsKeys("doc:dsg-remarks-2020-12-16", "doc:network-briefing-2019-12-12");
    }

    @Test
    void shouldReadTheSameSeedFromTheClasspathCopy() {
        assertThat(SeedFiles.read("classpath:graph-seed/").hash()).isEqualTo(SeedFiles.read("file:graph-seed/").hash());
    }
}
