package policylens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search pages through its hits with a total, and counts them by level, region, year, issuer and type. */
class SearchPagingTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void index() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            new PolicyIndex(tmp).index(s.sorted().toList());
        }
    }

    @Test
    void pagesAreConsecutiveSlicesOfOneRankingWithTheTotal() {
        try (Searcher s = Searcher.open(tmp)) {
            List<Hit> all = s.search("充电", Filters.NONE, 200);
            Engine.Page first = s.page("充电", Filters.NONE, 0, 7, false);
            assertEquals(all.size(), first.total(), "every hit counted");
            assertTrue(first.total() > 20);
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < first.total(); offset += 7) {
                Engine.Page p = s.page("充电", Filters.NONE, offset, 7, false);
                assertEquals(first.total(), p.total());
                p.hits().forEach(h -> paged.add(key(h)));
            }
            assertEquals(all.stream().map(SearchPagingTest::key).toList(), paged);
            assertTrue(s.page("充电", Filters.NONE, (int) first.total(), 7, false).hits().isEmpty(), "past the end: empty");
        }
    }

    @Test
    void facetCountsAddUpToTheTotalAndFollowTheFilters() {
        try (Searcher s = Searcher.open(tmp)) {
            Engine.Page p = s.page("充电", Filters.NONE, 0, 5, true);
            long byType = p.facets().get(Facets.Dim.TYPE).stream().mapToLong(Facets.Count::count).sum();
            assertEquals(p.total(), byType, "every hit has one type");
            Facets.Count yunnan = p.facets().get(Facets.Dim.REGION).stream().filter(c -> c.value().equals("云南省"))
                    .findFirst().orElseThrow();
            Engine.Page narrowed = s.page("充电", new Filters(List.of(), null, "云南省", null, null), 0, 5, true);
            assertEquals(yunnan.count(), narrowed.total(), "a region's count is what narrowing to it finds");
            assertEquals(List.of("云南省"), narrowed.facets().get(Facets.Dim.REGION).stream().map(Facets.Count::value).toList());
            assertFalse(p.facets().get(Facets.Dim.ISSUER).isEmpty());
            assertTrue(p.facets().get(Facets.Dim.LEVEL).stream().anyMatch(c -> c.value().equals("province")));
        }
    }

    /** Facets.top is the order rule an engine that counts elsewhere (OpenSearch) applies to its counts. */
    @Test
    void facetsFromCountsAreOrderedAsTheEmbeddedIndexOrdersThem() {
        try (Searcher s = Searcher.open(tmp)) {
            for (String q : List.of("充电", "建设")) {
                Engine.Page p = s.page(q, Filters.NONE, 0, 5, true);
                for (Facets.Dim dim : Facets.Dim.values()) {
                    List<Facets.Count> lucene = p.facets().get(dim);
                    java.util.Map<String, Long> counts = new java.util.HashMap<>();
                    lucene.forEach(c -> counts.put(c.value(), c.count()));
                    assertEquals(lucene, Facets.top(dim, counts), q + " " + dim);
                }
            }
        }
        java.util.Map<String, Long> many = new java.util.HashMap<>();
        for (int i = 0; i < 25; i++) {
            many.put(String.valueOf(2000 + i), i < 5 ? 1L : 7L);
        }
        many.put("1999", 0L);
        List<Facets.Count> years = Facets.top(Facets.Dim.YEAR, many);
        assertEquals(20, years.size(), "the top 20");
        assertEquals("2005", years.get(0).value(), "the twenty with most, then in year order");
        List<Facets.Count> regions = Facets.top(Facets.Dim.REGION, java.util.Map.of("云南省", 3L, "上海市", 3L, "北京市", 9L));
        assertEquals(List.of("北京市", "上海市", "云南省"), regions.stream().map(Facets.Count::value).toList(),
                "counts first, ties by value");
    }

    @Test
    void pagingIsBounded() {
        try (Searcher s = Searcher.open(tmp)) {
            assertThrows(IllegalArgumentException.class, () -> s.page("充电", Filters.NONE, Engine.MAX_WINDOW, 1, false));
            assertThrows(IllegalArgumentException.class, () -> s.page("充电", Filters.NONE, -1, 10, false));
        }
    }

    private static String key(Hit h) {
        return h.docId() + "|" + h.type() + "|" + h.taskId() + "|" + h.text();
    }
}
