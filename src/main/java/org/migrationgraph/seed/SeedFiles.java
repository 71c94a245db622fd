package org.migrationgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The seed's files as text, keyed by their path below the seed root, read the same way from a
 * directory ({@code file:graph-seed/}) or from inside the jar ({@code classpath:graph-seed/}).
 *
 * @param location where they were read from, for messages
 * @param files    relative path to content, sorted so that the hash is stable
 */
record SeedFiles(String location, Map<String, String> files) {

    static SeedFiles read(String location) {
        String root = location.endsWith("/") ? location : location + "/";
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource rootResource = resolver.getResource(root);
            if (!rootResource.exists()) {
                throw new InvalidSeedException(location, java.util.List.of(new SeedProblem(location, 0,
                        "no seed here; set migration-graph.seed.location to a directory holding the seed files")));
            }
            String rootUrl = canonicalUrl(rootResource);
            Map<String, String> files = new TreeMap<>();
            for (Resource resource : resolver.getResources(root + "**/*.*")) {
                String url = canonicalUrl(resource);
                if (resource.isReadable() && isSeedFile(url) && url.startsWith(rootUrl)) {
                    files.put(url.substring(rootUrl.length()), resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
            return new SeedFiles(location, files);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed at " + location, e);
        }
    }

    /** Directories on disk are compared by absolute path, so that "file:graph-seed/" works from any relative form. */
    private static String canonicalUrl(Resource resource) throws IOException {
        if (resource.isFile()) {
            String url = resource.getFile().toPath().toAbsolutePath().normalize().toUri().toString();
            return resource.getFile().isDirectory() && !url.endsWith("/") ? url + "/" : url;
        }
        return resource.getURL().toString();
    }

    private static boolean isSeedFile(String url) {
        return url.endsWith(".yaml") || url.endsWith(".yml") || url.endsWith(".txt");
    }

    /**
     * What the loader writes besides the files' content. Raise it when the loader starts writing
     * something new (vocabulary terms, name keys and quote text in format 2; versions, shared names and each record's file in 3), so that a store seeded by an
     * earlier release is loaded again once, even with an unchanged graph-seed/.
     */
    static final int LOADER_FORMAT = 3;

    /** A fingerprint of everything the load depends on: unchanged hash, unchanged graph. */
    String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("loader-format-" + LOADER_FORMAT).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            files.forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
