package org.migrationgraph.reads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One value of a read row, or anything nested in it, as plain Java: text, numbers, booleans,
 * lists and maps (array properties already turned into lists). The accessors mirror the
 * driver's {@code Value}, which is what repositories were written against.
 */
public final class Cell {

    private static final Cell NULL = new Cell(null);

    private final Object value;

    private Cell(Object value) {
        this.value = value;
    }

    static Cell of(Object value) {
        return value == null ? NULL : new Cell(value);
    }

    public boolean isNull() {
        return value == null;
    }

    public String asString() {
        return (String) required();
    }

    public String asString(String whenNull) {
        return value == null ? whenNull : (String) value;
    }

    public int asInt() {
        return Math.toIntExact(((Number) required()).longValue());
    }

    public long asLong() {
        return ((Number) required()).longValue();
    }

    public double asDouble() {
        return ((Number) required()).doubleValue();
    }

    public boolean asBoolean() {
        return (Boolean) required();
    }

    /** A map value; its nested values are plain Java too. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        return (Map<String, Object>) required();
    }

    /** A list value, each element mapped. */
    public <T> List<T> asList(Function<Cell, T> element) {
        List<?> list = (List<?>) required();
        List<T> mapped = new ArrayList<>(list.size());
        for (Object item : list) {
            mapped.add(element.apply(of(item)));
        }
        return mapped;
    }

    /** The entry of a map value; a missing key reads as null. */
    public Cell get(String key) {
        return of(asMap().get(key));
    }

    private Object required() {
        if (value == null) {
            throw new IllegalStateException("A read returned null where the mapping expects a value.");
        }
        return value;
    }
}
