package policylens.serve;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import policylens.extract.Region;
import policylens.extract.Regions;
import policylens.i18n.Lang;
import policylens.index.Calendar;
import policylens.index.Duties;
import policylens.index.Facets;
import policylens.index.Filters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages stay under 200 KB with 100,000 documents indexed. Indexing 100,000 documents takes too long for a unit
 * test, so the pages are rendered by the functions the server uses, over 100,000 synthetic documents named like the
 * bench's scale corpus (real plan titles moved to every province and prefecture-level city, years shifted, issued by
 * the place's government office or bureau): the document list and the pickers go through the same
 * {@link Library.DocPage} selection as a request, the region filters through {@link Library#regionsOf}.
 */
class PagesAtScaleTest {
    static final int DOCUMENTS = 100_000;
    static final int LIMIT = 200 * 1024;
    static final String[] TITLES = {
            "%s推进产业集群提档升级三年行动方案(%d—%d年)",
            "关于印发%s制造业高质量发展三年行动计划(%d—%d年)的通知",
            "%s加快推进新型工业化实施方案(%d—%d年)",
            "%s推动大规模设备更新和消费品以旧换新实施方案(%d—%d年)",
            "%s电动汽车充电基础设施建设行动方案(%d—%d年)",
    };
    static final String[] ISSUERS = {"人民政府办公厅", "人民政府", "工业和信息化局", "发展和改革委员会"};

    static List<Library.DocInfo> docs;
    static List<String> regions;

    @BeforeAll
    static void synthesize() {
        List<Region> places = Regions.all();
        docs = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            Region r = places.get(i % places.size());
            int from = 2019 + (i / places.size()) % 12;
            String title = String.format(TITLES[(i / 7) % TITLES.length], r.name(), from, from + 2);
            String issuer = r.name() + ISSUERS[i % ISSUERS.length];
            boolean province = r.isProvince();
            docs.add(new Library.DocInfo(String.format("scale-%06d", i), title, List.of(issuer),
                    province ? "province" : "city", province ? r.name() : r.province(), province ? null : r.name(),
                    String.format("%d-%02d-%02d", from, 1 + i % 12, 1 + i % 28), from + "-" + (from + 2),
                    List.of(from, from + 1, from + 2), String.format("scale-%06d.txt", i), "0".repeat(64),
                    12, 9, 30));
        }
        regions = Library.regionsOf(docs);
    }

    @Test
    void theDocumentListStaysSmall() {
        Library.DocPage first = Library.DocPage.of(docs, Library.DocQuery.ALL, 0, Pages.DOCS_LIMIT);
        assertEquals(DOCUMENTS, first.total());
        assertSmall("/docs", Pages.docs(Lang.ZH, first, Library.DocQuery.ALL, DOCUMENTS, regions, null, null));
        Library.DocQuery q = new Library.DocQuery("市 人民政府", "city", null, null);
        Library.DocPage found = Library.DocPage.of(docs, q, 50 * 20, Pages.DOCS_LIMIT);
        assertTrue(found.total() > 10_000, "a search that matches many: " + found.total());
        assertSmall("/docs?q=…&page=21", Pages.docs(Lang.EN, found, q, DOCUMENTS, regions, null, "scale-000001"));
    }

    @Test
    void theComparePageStaysSmall() {
        Pages.Picker start = new Pages.Picker(null, Library.DocPage.localPlans(docs, Pages.PICK_LIMIT), null);
        Pages.Picker none = new Pages.Picker(null, null, null);
        assertSmall("/compare", Pages.compare(Lang.ZH, start, none, null, null, null, null, null));
        Library.DocInfo child = docs.get(400);
        Library.DocPage parents = Library.DocPage.of(docs, new Library.DocQuery("省人民政府", null, null, null), 0,
                Pages.PICK_LIMIT);
        assertEquals(Pages.PICK_LIMIT, parents.docs().size());
        assertTrue(parents.total() > Pages.PICK_LIMIT);
        String page = Pages.compare(Lang.ZH, new Pages.Picker(null, null, child), new Pages.Picker("省人民政府", parents, null),
                child.docId(), null, null, null, "没有找到上级文件");
        assertTrue(page.contains("id=\"chosen-child\""), "the child is shown as chosen");
        assertSmall("/compare?child=…&pq=…", page);
        // same titles are told apart by their docIds
        assertTrue(page.contains("<small class=\"docid\">"), "namesakes carry their docId");
    }

    @Test
    void theAskPageWithHitsStaysSmall() {
        List<Library.HitView> hits = new ArrayList<>();
        for (int i = 0; i < Pages.ASK_LIMIT; i++) {
            Library.DocInfo d = docs.get(i * 997);
            hits.add(new Library.HitView("target", d.docId(), d.title(), "二、重点任务 > (一)推进集群提档升级", "3",
                    "到" + (2026 + i % 3) + "年,全市【专精特新】中小企业达到330家,省级以上产业集群营业收入突破2000亿元,"
                            + "形成一批具有核心竞争力的优势产业链。",
                    "到2026年,全市专精特新中小企业达到330家。", 3.2, List.of("市工业和信息化局", "市发展改革委"),
                    List.of("市工业和信息化局"), "专精特新中小企业"));
        }
        Map<String, List<Facets.Count>> facets = new LinkedHashMap<>();
        for (Facets.Dim dim : Facets.Dim.values()) {
            List<Facets.Count> counts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Library.DocInfo d = docs.get(i * 31);
                String v = switch (dim) {
                    case TYPE -> List.of("task", "target", "deadline", "responsibility", "doc").get(i % 5);
                    case LEVEL -> "city";
                    case REGION -> d.region() == null ? d.province() : d.region();
                    case YEAR -> String.valueOf(2019 + i);
                    case ISSUER -> d.issuer().get(0);
                };
                counts.add(new Facets.Count(v, 100_000L - i));
            }
            facets.put(dim.key(), counts);
        }
        Library.SearchPage page = new Library.SearchPage(hits, 1_234_567, 4_980, Pages.ASK_LIMIT, facets);
        String html = Pages.ask(Lang.ZH, new Pages.Ask("专精特新", Filters.NONE, null, regions, DOCUMENTS, null, page, null));
        assertTrue(html.contains("共 1234567 条,第 4981–5000 条"), "the total and the range");
        assertSmall("/?q=…&page=250", html);
    }

    @Test
    void theCalendarPageStaysSmall() {
        // every document with a task due each quarter of its plan period, named for two units
        List<Calendar.Bucket> buckets = new ArrayList<>();
        for (int year = 2019; year <= 2032; year++) {
            for (int q = 1; q <= 4; q++) {
                List<Duties.Duty> entries = new ArrayList<>();
                int y = year;
                int quarter = q;
                for (int i = 0; i < 2_000; i++) { // a sample of the period's rows: the page lists a bounded few anyway
                    Library.DocInfo d = docs.get((i * 53 + y * 4 + quarter) % DOCUMENTS);
                    entries.add(duty(d, y, quarter * 3, i));
                }
                List<Calendar.UnitCount> units = new ArrayList<>();
                List<Calendar.PlanCount> plans = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    units.add(new Calendar.UnitCount(regions.get(i % regions.size()) + "工业和信息化局", 40, 20, 0, 60));
                    Library.DocInfo d = docs.get(i * 211 % DOCUMENTS);
                    plans.add(new Calendar.PlanCount(d.docId(), d.title(), 12));
                }
                buckets.add(new Calendar.Bucket(y + "-Q" + quarter, String.format("%d-%02d", y, quarter * 3 - 2),
                        String.format("%d-%02d", y, quarter * 3), 25_000, 1_000, units, plans, entries));
            }
        }
        List<Calendar.UnitCount> lead = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lead.add(new Calendar.UnitCount(regions.get(i) + "发展和改革委员会", 5_000 - i, 100, 0, 5_100));
        }
        Calendar.Result r = new Calendar.Result("2019-01", "2032-12", Calendar.By.QUARTER, "2026-12-01", null, null,
                1_400_000, 300_000, 20_000, buckets, lead);
        Library.DocPage plans = Library.DocPage.of(docs, new Library.DocQuery("新余", null, null, null), 0, Pages.PICK_LIMIT);
        CalendarPages.Form form = new CalendarPages.Form(null, null, null, null, null, null, null);
        String page = CalendarPages.calendar(Lang.ZH, r, form, new Pages.Picker("新余", plans, null), DOCUMENTS, regions, null);
        assertTrue(page.contains("id=\"picks-plan\""), "the plan picker lists the matches");
        assertTrue(page.contains("另有 "), "the rows not listed are counted");
        assertSmall("/calendar?docq=新余", page);
    }

    private static Duties.Duty duty(Library.DocInfo d, int year, int month, int i) {
        String place = d.region() == null ? d.province() : d.region();
        return new Duties.Duty(d.docId(), d.title(), d.level(), d.region(), String.valueOf(1 + i % 12), "二、重点任务",
                "推动规模以上工业企业数字化改造全覆盖,建设一批智能工厂和数字化车间,培育省级以上专精特新中小企业。",
                place + "工业和信息化局", Duties.Role.LEAD, List.of(place + "工业和信息化局", place + "科技局"),
                List.of(), String.format("%d-%02d", year, month), Duties.DueFrom.TASK, Duties.Status.DUE);
    }

    private static void assertSmall(String what, String html) {
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("%s at %,d documents: %,d bytes%n", what, DOCUMENTS, bytes);
        assertTrue(bytes < LIMIT, what + " is " + bytes + " bytes at " + DOCUMENTS + " documents");
    }
}
