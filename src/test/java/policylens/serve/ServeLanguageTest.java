package policylens.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import policylens.check.Finding;
import policylens.check.FindingRules;
import policylens.i18n.Lang;
import policylens.index.Duties;
import policylens.model.Level;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static policylens.serve.ServeFixture.enc;

/** Pages speak Chinese by default and English with ?lang=en, and an English page links only to English pages. */
class ServeLanguageTest extends CorpusServerTest {
    static final String XINYU = ServeApiTest.XINYU;
    static final String UNIT = "新余市工业和信息化局";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagesAreChineseByDefault() throws Exception {
        HttpResponse<String> r = f.get("/docs");
        String page = r.body();
        assertTrue(page.contains("<html lang=\"zh-CN\">"), page);
        assertEquals("zh-CN", r.headers().firstValue("Content-Language").orElse(""));
        assertTrue(page.contains(">问答</a>") && page.contains(">文件</a>") && page.contains(">添加文件</a>"), page);
        assertTrue(page.contains("<th>发布日期</th>"), page);
        assertTrue(page.contains("id=\"lang-switch\"") && page.contains(">English</a>"), "the switch offers English");
        assertFalse(page.contains("Documents") || page.contains("Add documents"), "no English words on a Chinese page");
        assertFalse(page.contains("lang=en"), page);
    }

    @Test
    void langEnGivesTheEnglishPage() throws Exception {
        HttpResponse<String> r = f.get("/docs?lang=en");
        String page = r.body();
        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertEquals("en", r.headers().firstValue("Content-Language").orElse(""));
        assertTrue(page.contains(">Ask</a>") && page.contains(">Documents</a>") && page.contains(">Add documents</a>"), page);
        assertTrue(page.contains("<th>Issued</th>") && page.contains(">Compare with parent</a>"), page);
        assertTrue(page.contains(">中文</a>"), "the switch offers Chinese");
        assertFalse(page.contains("发布日期") || page.contains("对照上级"), page);
        // the document's own words stay as written
        assertTrue(page.contains("新余市"), page);
    }

    /** Every internal link and every GET form of an English page keeps the language. */
    @Test
    void everyLinkOfAnEnglishPageStaysEnglish() throws Exception {
        Pattern href = Pattern.compile("href=\"(/[^\"]*)\"");
        for (String page : List.of("/", "/?q=" + enc("谁负责中试平台建设?"), "/?q=" + enc("专精特新"), "/docs",
                "/doc/" + XINYU, "/compare?child=" + XINYU, "/upload", "/?q=" + enc("企业") + "&limit=5&page=2",
                "/docs?limit=2&page=2&q=" + enc("市"), "/compare?cq=" + enc("新余") + "&pq=" + enc("江西"),
                "/calendar?docq=" + enc("新余"), "/doc/" + XINYU + "/remove", "/unit/" + enc(UNIT), "/calendar",
                "/charts?metric=" + enc("专精特新"))) {
            String body = f.get(page + (page.contains("?") ? "&" : "?") + "lang=en").body();
            assertTrue(body.contains("<html lang=\"en\">"), page);
            Matcher m = href.matcher(body);
            List<String> chinese = new ArrayList<>();
            int links = 0;
            while (m.find()) {
                String url = m.group(1).replace("&amp;", "&");
                if (url.startsWith("/assets/") || url.startsWith("/lang?")) {
                    continue;
                }
                links++;
                if (!url.matches(".*[?&]lang=en(#.*)?$")) {
                    chinese.add(url);
                }
            }
            assertTrue(links >= 4, page + ": " + links);
            assertTrue(chinese.isEmpty(), page + " links to pages without lang=en: " + chinese);
            if (body.contains("method=\"get\"")) {
                assertTrue(body.contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"), page);
            }
            Matcher post = Pattern.compile("method=\"post\" action=\"([^\"]*)\"").matcher(body);
            while (post.find()) {
                assertTrue(post.group(1).endsWith("?lang=en"), page + ": a form posts to " + post.group(1));
            }
        }
    }

    @Test
    void theSwitchGoesBackToTheSamePageInTheOtherLanguage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String from = f.base() + "/doc/" + XINYU + "?added=indexed";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(f.base() + "/lang?to=en"))
                .header("Referer", from).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode());
        assertEquals("/doc/" + XINYU + "?added=indexed&lang=en", r.headers().firstValue("Location").orElse(""));
        r = http.send(HttpRequest.newBuilder(URI.create(f.base() + "/lang?to=zh"))
                .header("Referer", f.base() + "/?q=x&lang=en&level=city").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("/?q=x&level=city", r.headers().firstValue("Location").orElse(""));
        // another site's Referer: only its path is used, never its host
        r = http.send(HttpRequest.newBuilder(URI.create(f.base() + "/lang?to=en"))
                .header("Referer", "http://elsewhere.example/docs").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("/docs?lang=en", r.headers().firstValue("Location").orElse(""));
        r = http.send(HttpRequest.newBuilder(URI.create(f.base() + "/lang?to=en")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("/?lang=en", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void whoAnswersSayLeadAndSupportInThePageLanguage() throws Exception {
        String zh = f.get("/?q=" + enc("谁负责中试平台建设?")).body();
        String en = f.get("/?q=" + enc("谁负责中试平台建设?") + "&lang=en").body();
        assertTrue(zh.contains("<span class=\"role lead\">牵头</span>") && zh.contains("<h2>负责单位"), zh);
        assertTrue(en.contains("<span class=\"role lead\">lead</span>") && en.contains("<h2>Responsible units"), en);
        assertTrue(en.contains("<a class=\"unit-name\" href=\"/unit/" + enc(UNIT) + "?lang=en\">" + UNIT + "</a>"), en);
    }

    @Test
    void apiErrorsKeepTheirFieldsAndSpeakTheRequestsLanguage() throws Exception {
        HttpResponse<String> zh = f.get("/api/search?q=x&year=abc");
        assertEquals(400, zh.statusCode());
        assertEquals("年份须为数字,例如 2026", JSON.readTree(zh.body()).get("error").asText());
        assertEquals(400, JSON.readTree(zh.body()).get("status").asInt());
        HttpResponse<String> en = f.get("/api/search?q=x&year=abc&lang=en");
        assertEquals("the year must be a number such as 2026", JSON.readTree(en.body()).get("error").asText());
        assertEquals("索引中没有文件“nope”", JSON.readTree(f.get("/api/documents/nope").body()).get("error").asText());
        String page = f.get("/doc/nope?lang=en").body();
        assertTrue(page.contains("<h1>Not found</h1>") && page.contains("no document &quot;nope&quot; in the index"), page);
        assertTrue(f.get("/no/such/page").body().contains("没有这个页面:/no/such/page"));
    }

    /** The comparison's findings, verdicts and link note speak the page's language; the quotes stay as written. */
    @Test
    void findingsOnTheComparePageAndInTheApiSpeakTheRequestsLanguage() throws Exception {
        String pair = "?child=" + XINYU + "&parent=" + ServeApiTest.JIANGXI;
        String zh = f.get("/compare" + pair).body();
        assertTrue(zh.contains("<b title=\"deadline-later\">期限推后</b>") && zh.contains("的完成时间:下级为 2026-12"), zh);
        assertTrue(zh.contains("未比较:上级总量与一地数值"), zh);
        String en = f.get("/compare" + pair + "&lang=en").body();
        assertTrue(en.contains("<b title=\"deadline-later\">later deadline</b>") && en.contains(" is due 2026-12 (到2026年12月) in the child"), en);
        assertTrue(en.contains("not compared: parent total vs one area"), en);
        assertTrue(en.contains("到2026年12月,有序推动全市省级产业集群"), "the quote as written");
        String apiZh = JSON.readTree(f.get("/api/check" + pair).body()).get("findings").get(0).get("message").asText();
        String apiEn = JSON.readTree(f.get("/api/check" + pair + "&lang=en").body()).get("findings").get(0).get("message").asText();
        assertTrue(apiZh.contains("的完成时间") && apiEn.contains("is due"), apiZh + " / " + apiEn);
    }

    /** Labels looked up by name (level.*, duty.role.*, duty.status.*, kind.*, verdict.*) exist in both languages. */
    @Test
    void everyLevelRoleStatusKindAndVerdictHasItsLabel() {
        for (Lang lang : Lang.values()) {
            for (Level l : Level.values()) {
                assertNotEquals(l.json(), Pages.levelLabel(lang, l.json()).isEmpty() ? l.json() : "", l.name());
                assertTrue(policylens.i18n.Messages.keys().contains("level." + l.json()), l.name());
            }
            for (Duties.Role r : Duties.Role.values()) {
                assertTrue(policylens.i18n.Messages.keys().contains("duty.role." + r.key()), r.name());
            }
            for (Duties.Status s : Duties.Status.values()) {
                assertTrue(policylens.i18n.Messages.keys().contains("duty.status." + s.key()), s.name());
            }
            for (Duties.DueFrom d : Duties.DueFrom.values()) {
                assertFalse(d.label(lang).isBlank(), d.name());
            }
            for (String kind : List.of(Finding.DEADLINE_LATER, Finding.WEAKER_TARGET, Finding.OUTSIDE_RANGE,
                    Finding.MISSING_TASK, Finding.NO_RESPONSIBLE_UNIT, Finding.INCONSISTENT_VALUES)) {
                assertNotEquals(kind, Pages.kindLabel(lang, kind), kind);
            }
            for (String verdict : List.of(FindingRules.FOLLOWS, FindingRules.WITHIN_RANGE, FindingRules.WEAKER,
                    FindingRules.OUTSIDE_RANGE, FindingRules.DEADLINE_LATER, FindingRules.TOTAL_VS_CITY, FindingRules.PER_UNIT)) {
                assertTrue(!Pages.verdictLabel(lang, verdict).isEmpty() && (lang == Lang.EN || !Pages.verdictLabel(lang, verdict).equals(verdict)),
                        verdict);
            }
        }
        assertEquals("省级", Pages.levelLabel(Lang.ZH, "province"));
        assertEquals("provincial", Pages.levelLabel(Lang.EN, "province"));
    }
}
