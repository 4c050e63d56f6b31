package org.apache.lucene.analysis.cn.smart.hhmm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * PolicyLens: Lucene's {@link HHMMSegmenter#process(String)} with the bigram graph built over {@link FastBigrams}.
 * The word graph is Lucene's own ({@code HHMMSegmenter.createSegGraph}); the result is the same list of tokens.
 * It lives in Lucene's package to reuse the package-private graph classes of the pinned Lucene 9.12.3.
 */
public final class FastHHMMSegmenter {
    private static final MethodHandle CREATE_SEG_GRAPH;

    static {
        try {
            CREATE_SEG_GRAPH = MethodHandles.privateLookupIn(HHMMSegmenter.class, MethodHandles.lookup())
                    .findVirtual(HHMMSegmenter.class, "createSegGraph", MethodType.methodType(SegGraph.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unexpected Lucene smartcn HHMMSegmenter", e);
        }
    }

    private final HHMMSegmenter words = new HHMMSegmenter();

    /** The words of a sentence, between a sentence-begin and a sentence-end token, as {@link HHMMSegmenter} gives. */
    public List<SegToken> process(String sentence) {
        SegGraph graph;
        try {
            graph = (SegGraph) CREATE_SEG_GRAPH.invokeExact(words, sentence);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return new FastBiSegGraph(graph).getShortPath();
    }
}
