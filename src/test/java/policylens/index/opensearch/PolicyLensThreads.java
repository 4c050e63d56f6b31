package policylens.index.opensearch;

import com.carrotsearch.randomizedtesting.ThreadFilter;

/**
 * The product's own long-lived daemon threads (the shared segment-search pool, the unit-gazetteer preload, index
 * workers winding down) are not leaks of the cluster test.
 */
public final class PolicyLensThreads implements ThreadFilter {
    @Override
    public boolean reject(Thread t) {
        return t.getName().startsWith("policylens-");
    }
}
