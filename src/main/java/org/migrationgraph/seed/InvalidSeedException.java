package org.migrationgraph.seed;

import java.util.List;
import java.util.stream.Collectors;

/** The seed has problems; nothing was written. Carries every problem found, not just the first. */
public class InvalidSeedException extends RuntimeException {

    private final transient List<SeedProblem> problems;

    public InvalidSeedException(String location, List<SeedProblem> problems) {
        super(problems.size() + " problem(s) in the seed at " + location + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SeedProblem> problems() {
        return problems;
    }
}
