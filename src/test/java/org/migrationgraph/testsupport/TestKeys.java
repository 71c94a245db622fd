package org.migrationgraph.testsupport;

/**
 * API keys for tests, configured in GraphIntegrationTest's context by their bcrypt hashes
 * (work factor 4, fast to check; production keys use 12). Test-only values, never used elsewhere.
 */
public final class TestKeys {

    public static final String READER = "test-reader-key";
    public static final String EDITOR = "test-editor-key";
    public static final String ADMIN = "test-admin-key";
    /** A reader whose budget is small enough for a test to spend. */
    public static final String LIMITED = "test-limited-key";
    public static final int LIMITED_POINTS_PER_MINUTE = 60;

    static final String READER_HASH = "$2a$04$8mv.vFIL50emaW/MJfCcTuN.zO8.l1bGwdxNrLX8sTQ7gA3rXPS0C";
    /** Public for tests outside this package that configure a context of their own. */
    public static final String EDITOR_HASH = "$2a$04$QevbCLatikdA0sXJvT.qNuJ.3j9.P7B3rc7AeA9.byC2aK8w/ddT2";
    public static final String ADMIN_HASH = "$2a$04$RfI1M7D4dF7M2VUl6t6FfOPgST5GRgbLkmj3JnCxNDJckGjeH3Wl2";
    static final String LIMITED_HASH = "$2a$04$B.57q7uOMAoowmRJnFaauOby5uWprxznByKurl7VgamY0qGF5PiVO";

    private TestKeys() {
    }

    /** Settings that give a separately started application the editor's key only. */
    public static java.util.Map<String, String> editorOnly() {
        return java.util.Map.of("migration-graph.security.keys[0].name", "test-editor",
                "migration-graph.security.keys[0].hash", EDITOR_HASH,
                "migration-graph.security.keys[0].roles", "editor");
    }
}
