package org.migrationgraph.seed;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML as plain values that remember their line, because every seed problem is reported with
 * file and line. Scalars keep YAML's own typing (int, float, bool, null) except dates, which
 * stay text so that a partial date like 2019-12 survives as written.
 */
sealed interface YamlTree {

    int line();

    record Scalar(Object value, int line) implements YamlTree {
    }

    record Sequence(List<YamlTree> items, int line) implements YamlTree {
    }

    record Mapping(Map<String, YamlTree> entries, int line) implements YamlTree {
    }

    /** Parses one file; syntax errors and duplicate keys become problems, never exceptions. */
    static YamlTree parse(String file, String text, List<SeedProblem> problems) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            return root == null ? new Mapping(Map.of(), 1) : convert(file, root, problems);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new SeedProblem(file, line, "not valid YAML: " + e.getProblem()));
            return null;
        }
    }

    private static YamlTree convert(String file, Node node, List<SeedProblem> problems) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof ScalarNode scalar) {
            return new Scalar(scalarValue(scalar), line);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlTree> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(convert(file, item, problems)));
            return new Sequence(items, line);
        }
        Map<String, YamlTree> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(tuple.getKeyNode());
            if (entries.containsKey(key)) {
                problems.add(new SeedProblem(file, tuple.getKeyNode().getStartMark().getLine() + 1,
                        "the key '" + key + "' appears twice in the same record"));
            }
            entries.put(key, convert(file, tuple.getValueNode(), problems));
        }
        return new Mapping(entries, line);
    }

    private static Object scalarValue(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(text.toLowerCase());
        }
        if (Tag.INT.equals(tag)) {
            try {
                return Long.parseLong(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.parseDouble(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }
}
