package org.migrationgraph.generate;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;

/**
 * Hands out ranges of documents to the importer's threads; each generates its range itself,
 * so generation runs in parallel with the importer's other steps. The seed's records, when
 * there are any, come first as a chunk of their own.
 */
final class ImportChunks implements InputIterator {

    /** One node or relationship, told to the importer's visitor (which ends it). */
    @FunctionalInterface
    interface Record {
        void visit(InputEntityVisitor visitor) throws IOException;
    }

    /** Documents per input chunk: the importer's threads each generate their own chunks. */
    static final int DOCUMENTS_PER_CHUNK = 200;

    private final SyntheticGraph graph;
    private final long documents;
    private final Function<Chunk, List<Record>> records;
    private List<Record> first;
    private long next;

    ImportChunks(SyntheticGraph graph, long documents, List<Record> first, Function<Chunk, List<Record>> records) {
        this.graph = graph;
        this.documents = documents;
        this.first = first.isEmpty() ? null : first;
        this.records = records;
    }

    @Override
    public InputChunk newChunk() {
        return new Range();
    }

    @Override
    public synchronized boolean next(InputChunk chunk) {
        Range range = (Range) chunk;
        range.index = 0;
        if (first != null) {
            range.records = first;
            first = null;
            return true;
        }
        if (next >= documents) {
            return false;
        }
        long from = next;
        next = Math.min(documents, next + DOCUMENTS_PER_CHUNK);
        range.records = null;
        range.from = from;
        range.to = next;
        return true;
    }

    @Override
    public void close() {
    }

    /** The records of one range of documents, made when the importer first asks for one. */
    private final class Range implements InputChunk {
        private List<Record> records;
        private long from;
        private long to;
        private int index;

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (records == null) {
                records = ImportChunks.this.records.apply(graph.documents(from, to));
            }
            if (index >= records.size()) {
                return false;
            }
            records.get(index++).visit(visitor);
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {
        }
    }
}
