package policylens.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static policylens.serve.ServeApiTest.JIANGXI;
import static policylens.serve.ServeApiTest.XINYU;
import static policylens.serve.ServeApiTest.json;
import static policylens.serve.ServeFixture.enc;

/**
 * Pages that scale, over HTTP against the corpus: search pages with the total, page links and "narrow by" links
 * (the issuer filter among them), the document list a page at a time and searched on the server, document pickers
 * instead of lists of every document (compare, calendar), and the upload page taking OFD.
 */
class ServePagesTest extends CorpusServerTest {
    /** Words the corpus has in many records. */
    static final String WORDS = "企业";

    @Test
    void theSearchPageSaysTheTotalAndPagesThroughTheHits() throws Exception {
        long total = json(f.get("/api/search?q=" + enc(WORDS))).get("total").asLong();
        assertTrue(total > 10, "the corpus has more than two pages of 5: " + total);
        String first = f.get("/?q=" + enc(WORDS) + "&limit=5").body();
        assertTrue(first.contains("共 " + total + " 条,第 1–5 条"), first);
        assertEquals(5, count(first, "<li class=\"hit\">"));
        assertTrue(first.contains("id=\"next\" href=\"/?q=" + enc(WORDS) + "&amp;page=2&amp;limit=5\""), first);
        assertFalse(first.contains("id=\"prev\""), "no previous page on the first");

        String second = f.get("/?q=" + enc(WORDS) + "&limit=5&page=2").body();
        assertTrue(second.contains("共 " + total + " 条,第 6–10 条"), second);
        assertTrue(second.contains("<span class=\"current\" aria-current=\"page\">2</span>"), second);
        assertTrue(second.contains("id=\"prev\""), second);
        // the second page is the API's hits 6-10, not the first five again
        JsonNode api = json(f.get("/api/search?q=" + enc(WORDS) + "&limit=5&offset=5")).get("hits");
        assertTrue(second.contains(api.get(0).get("title").asText()), second);
        assertEquals(hitTexts(json(f.get("/api/search?q=" + enc(WORDS) + "&limit=5&page=2")).get("hits")), hitTexts(api));

        String english = f.get("/?q=" + enc(WORDS) + "&limit=5&page=2&lang=en").body();
        assertTrue(english.contains("6–10 of " + total) && english.contains(">Previous</a>"), english);
    }

    @Test
    void facetLinksNarrowTheSearchAndTheIssuerFilterKeepsOnlyThatIssuersDocuments() throws Exception {
        String page = f.get("/?q=" + enc(WORDS)).body();
        assertTrue(page.contains("id=\"facets\""), page);
        for (String dim : List.of("type", "level", "region", "year", "issuer")) {
            assertTrue(page.contains("id=\"facet-" + dim + "\""), dim + ": " + page);
        }
        // the level facet's counts are the API's, and its link adds the filter
        JsonNode facets = json(f.get("/api/search?q=" + enc(WORDS))).get("facets");
        JsonNode level = facets.get("level").get(0);
        assertTrue(page.contains(Pages.levelLabel(policylens.i18n.Lang.ZH, level.get("value").asText()) + " <small>"
                + level.get("count").asLong() + "</small>"), page);
        assertTrue(page.contains("href=\"/?q=" + enc(WORDS) + "&amp;level=" + level.get("value").asText() + "\""), page);

        String issuer = facets.get("issuer").get(0).get("value").asText();
        long count = facets.get("issuer").get(0).get("count").asLong();
        String link = "/?q=" + enc(WORDS) + "&amp;issuer=" + enc(issuer);
        assertTrue(page.contains("href=\"" + link + "\""), page);
        String narrowed = f.get(link.replace("&amp;", "&")).body();
        assertTrue(narrowed.contains("共 " + count + " 条"), narrowed);
        assertTrue(narrowed.contains("<input type=\"hidden\" name=\"issuer\" value=\"" + issuer + "\">"), "the form keeps it");
        assertTrue(narrowed.contains("id=\"filtered\""), narrowed);
        assertFalse(narrowed.contains("id=\"facet-issuer\""), "a dimension filtered on is not offered again");

        JsonNode filtered = json(f.get("/api/search?q=" + enc(WORDS) + "&limit=100&issuer=" + enc(issuer)));
        assertEquals(count, filtered.get("total").asLong());
        assertEquals(issuer, filtered.get("filters").get("issuer").asText());
        Set<String> byIssuer = new HashSet<>();
        for (JsonNode d : json(f.get("/api/documents")).get("documents")) {
            for (JsonNode i : d.get("issuer")) {
                if (i.asText().equals(issuer)) {
                    byIssuer.add(d.get("docId").asText());
                }
            }
        }
        assertFalse(byIssuer.isEmpty());
        for (JsonNode h : filtered.get("hits")) {
            assertTrue(byIssuer.contains(h.get("docId").asText()), h.toString());
        }
        long all = json(f.get("/api/search?q=" + enc(WORDS))).get("total").asLong();
        assertTrue(count < all, "the issuer filter narrows: " + count + " of " + all);
    }

    @Test
    void theDocumentListIsPagedAndSearchedOnTheServer() throws Exception {
        JsonNode all = json(f.get("/api/documents"));
        int n = all.get("total").asInt();
        assertEquals(n, all.get("documents").size());
        assertTrue(n >= 5, "the corpus's .txt documents");

        String first = f.get("/docs?limit=2").body();
        assertTrue(first.contains("共 " + n + " 份文件"), first);
        assertEquals(2, count(first, "<tr><td><a href=\"/doc/"));
        assertTrue(first.contains("id=\"next\" href=\"/docs?page=2&amp;limit=2\""), first);
        String last = f.get("/docs?limit=2&page=" + ((n + 1) / 2)).body();
        assertEquals(n % 2 == 0 ? 2 : 1, count(last, "<tr><td><a href=\"/doc/"));
        JsonNode page = json(f.get("/api/documents?limit=2&offset=2"));
        assertEquals(2, page.get("documents").size());
        assertEquals(n, page.get("total").asInt());
        assertEquals(all.get("documents").get(2).get("docId"), page.get("documents").get(0).get("docId"));

        // each row: title, issuer, issue date
        JsonNode xinyu = null;
        for (JsonNode d : all.get("documents")) {
            if (d.get("docId").asText().equals(XINYU)) {
                xinyu = d;
            }
        }
        assertTrue(xinyu != null && xinyu.get("issuer").size() > 0, String.valueOf(xinyu));
        String found = f.get("/docs?q=" + enc("新余")).body();
        int rows = count(found, "<tr><td><a href=\"/doc/");
        assertTrue(rows >= 1 && rows < n, found);
        assertTrue(found.contains(rows + " 份文件符合(共 " + n + " 份)"), found);
        assertTrue(found.contains(xinyu.get("title").asText()) && found.contains(xinyu.get("issuer").get(0).asText())
                && found.contains(xinyu.get("issued").asText()), found);
        assertEquals(rows, json(f.get("/api/documents?q=" + enc("新余"))).get("total").asInt());
        // an issuer's name finds its documents too; the filters work as the search's
        String issuer = xinyu.get("issuer").get(0).asText();
        assertTrue(f.get("/docs?q=" + enc(issuer)).body().contains("href=\"/doc/" + XINYU + "\""));
        JsonNode city = json(f.get("/api/documents?level=city"));
        for (JsonNode d : city.get("documents")) {
            assertEquals("city", d.get("level").asText());
        }
        assertTrue(city.get("total").asInt() < n);
        assertTrue(f.get("/docs?q=" + enc("没有这样的文件标题")).body().contains("id=\"no-docs\""));
        assertEquals(400, f.get("/api/documents?limit=1001").statusCode());
        assertEquals(400, f.get("/api/documents?page=0").statusCode());
    }

    @Test
    void comparePicksDocumentsBySearchingNotFromAListOfAll() throws Exception {
        String start = f.get("/compare").body();
        assertFalse(start.contains("<select name=\"child\""), "no list of every document");
        assertTrue(start.contains("id=\"picks-child\"") && start.contains("child=" + XINYU), "city plans offered: " + start);
        assertFalse(start.contains("child=" + JIANGXI), "a provincial plan is not offered as the child unasked");

        String found = f.get("/compare?cq=" + enc("新余 集群")).body();
        Matcher picks = Pattern.compile("<ol class=\"picks\" id=\"picks-child\">(.*?)</ol>", Pattern.DOTALL).matcher(found);
        assertTrue(picks.find(), found);
        assertTrue(picks.group(1).contains("href=\"/compare?child=" + XINYU + "\""), picks.group(1));
        assertTrue(count(picks.group(1), "<li>") <= Pages.PICK_LIMIT);

        // a child chosen: the parents check links it to are suggested and the first is compared
        String chosen = f.get("/compare?child=" + XINYU).body();
        assertTrue(chosen.contains("id=\"chosen-child\"") && chosen.contains("id=\"parents\""), chosen);
        assertTrue(chosen.contains("id=\"findings\""), chosen);
        // and the parent can be looked for, keeping the child
        String parent = f.get("/compare?child=" + XINYU + "&pq=" + enc("江西省")).body();
        assertTrue(parent.contains("<input type=\"hidden\" name=\"child\" value=\"" + XINYU + "\">"), parent);
        assertTrue(parent.contains("href=\"/compare?child=" + XINYU + "&amp;parent=" + JIANGXI + "\""), parent);
        assertTrue(f.get("/compare?pq=" + enc("没有这样的文件标题")).body().contains("没有符合“没有这样的文件标题”的文件"));
    }

    @Test
    void theCalendarPicksItsPlanBySearching() throws Exception {
        String page = f.get("/calendar").body();
        assertFalse(page.contains("<select name=\"doc\""), "no list of every document");
        assertTrue(page.contains("name=\"docq\""), page);
        String found = f.get("/calendar?docq=" + enc("新余") + "&by=month").body();
        assertTrue(found.contains("id=\"picks-plan\""), found);
        assertTrue(found.contains("href=\"/calendar?by=month&amp;doc=" + XINYU + "\""), found);
        String chosen = f.get("/calendar?doc=" + XINYU).body();
        assertTrue(chosen.contains("id=\"chosen-plan\"") && chosen.contains("<input type=\"hidden\" name=\"doc\" value=\""
                + XINYU + "\">"), chosen);
    }

    @Test
    void theUploadPageTakesOfd() throws Exception {
        String page = f.get("/upload").body();
        assertTrue(page.contains("accept=\".pdf,.ofd,"), page);
        assertTrue(page.contains("OFD"), page);
    }

    @Test
    void theDocumentPageOffersRemoveAndReindexOnlyWhereUploadsAreOn() throws Exception {
        String page = f.get("/doc/" + XINYU).body();
        assertTrue(page.contains("id=\"remove\" href=\"/doc/" + XINYU + "/remove\""), page);
        assertTrue(page.contains("action=\"/doc/" + XINYU + "/reindex\""), page);
        String confirm = f.get("/doc/" + XINYU + "/remove").body();
        assertTrue(confirm.contains("<form class=\"confirm\" method=\"post\" action=\"/doc/" + XINYU + "/remove\">"), confirm);
        assertTrue(confirm.contains("保留在原处"), "a corpus file is not an upload: " + confirm);
        assertTrue(f.get("/doc/" + XINYU + "/remove?lang=en").body().contains("action=\"/doc/" + XINYU + "/remove?lang=en\""));
        assertEquals(404, f.get("/doc/nope/remove").statusCode());

        try (Server off = Server.start(new Server.Options(f.index, tmp.resolve("uploads-off"), "127.0.0.1", 0, 1 << 20, null)
                .withAccess(new Access(null, false)))) {
            String base = "http://127.0.0.1:" + off.port();
            HttpResponse<String> doc = f.http.send(HttpRequest.newBuilder(URI.create(base + "/doc/" + XINYU)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, doc.statusCode());
            assertFalse(doc.body().contains("id=\"remove\"") || doc.body().contains("/reindex"), doc.body());
            HttpResponse<String> reindex = f.http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents/" + XINYU
                    + "/reindex")).header("Origin", base).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(403, reindex.statusCode(), reindex.body());
            HttpResponse<String> confirmOff = f.http.send(HttpRequest.newBuilder(URI.create(base + "/doc/" + XINYU + "/remove"))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(403, confirmOff.statusCode());
        }
    }

    private static List<String> hitTexts(JsonNode hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.get("docId").asText() + "|" + h.get("text").asText()));
        return out;
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
