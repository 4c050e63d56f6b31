package policylens.serve;

import org.junit.jupiter.api.Test;
import policylens.extract.Meta;
import policylens.extract.PolicyRecord;
import policylens.extract.Target;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class BasicCheckServiceTest {
    static Target target(String metric, double value, String unit, String evidence) {
        return new Target(evidence, metric, value, null, unit, "gte", "2028", null, "1");
    }

    static PolicyRecord record(String docId, Target... targets) {
        Meta meta = new Meta(docId, List.of(), null, null, null, null, null, null, List.of());
        return new PolicyRecord(PolicyRecord.SCHEMA, docId, docId + ".txt", meta, List.of(targets), List.of(), List.of());
    }

    @Test
    void alignsByMetricBigramsOneToOneAndReportsNoFindings() {
        PolicyRecord child = record("city",
                target("专精特新中小企业", 330, "家", "专精特新中小企业达到330家"),
                target("专精特新中小企业", 330, "家", "专精特新中小企业达到330家"), // the news summary repeats it
                target("高新技术企业", 280, "家", "高新技术企业总量达到280家"),
                target("绿色工厂", 5, "家", "培育绿色工厂5家"));
        PolicyRecord parent = record("province",
                target("专精特新中小企业", 5000, "家", "专精特新中小企业超过5000家"),
                target("高新技术企业", 8000, "%", "高新技术企业增长8000%"),
                target("营业收入", 5, "元", "营业收入5万亿元"));
        Map<String, BasicCheckService.Titled> records = Map.of(
                "city", new BasicCheckService.Titled(child, "市方案"), "province", new BasicCheckService.Titled(parent, "省方案"));
        CheckService check = new BasicCheckService(id -> {
            BasicCheckService.Titled t = records.get(id);
            if (t == null) {
                throw ApiError.notFound(id);
            }
            return t;
        });
        CheckService.Report r = check.compare("city", "province");
        assertEquals(BasicCheckService.ENGINE, r.engine());
        assertTrue(r.basic());
        assertTrue(r.findings().isEmpty());
        assertEquals(2, r.aligned().size(), r.toString());
        assertEquals("专精特新中小企业", r.aligned().get(0).child().metric());
        assertEquals(1.0, r.aligned().get(0).score());
        assertEquals(5000, r.aligned().get(0).parent().value());
        assertEquals(0.5, r.aligned().get(1).score(), "a different unit halves the score");
        assertEquals(List.of("绿色工厂"), r.childOnly().stream().map(CheckService.TargetRef::metric).toList());
        assertEquals(List.of("营业收入"), r.parentOnly().stream().map(CheckService.TargetRef::metric).toList());
        assertEquals(404, assertThrows(ApiError.class, () -> check.compare("city", "nope")).status());
        assertEquals(400, assertThrows(ApiError.class, () -> check.compare("city", "city")).status());
    }

    @Test
    void diceOfBigrams() {
        assertEquals(1.0, BasicCheckService.dice(BasicCheckService.bigrams("营收"), BasicCheckService.bigrams("营 收")));
        assertEquals(0.0, BasicCheckService.dice(BasicCheckService.bigrams(null), BasicCheckService.bigrams("营收")));
        assertEquals(2.0 * 4 / 12, BasicCheckService.dice(BasicCheckService.bigrams("专精特新中小企业"),
                BasicCheckService.bigrams("专精特新企业")), 1e-9);
    }
}
