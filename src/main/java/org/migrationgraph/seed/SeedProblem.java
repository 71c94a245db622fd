package org.migrationgraph.seed;

/** One thing wrong with the seed, located so that an editor can jump to it. */
public record SeedProblem(String file, int line, String message) implements Comparable<SeedProblem> {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(SeedProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
