package policylens.check;

import policylens.extract.DocumentExtractor;
import policylens.ingest.IngestException;
import policylens.ingest.Ingestor;
import policylens.ingest.RawDocument;
import policylens.text.StructuredText;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test documents: the corpus (read once per JVM) and small documents made of real corpus sentences. */
final class Docs {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    private static Map<String, CheckDoc> corpus;

    private Docs() {
    }

    static synchronized Map<String, CheckDoc> corpus() {
        if (corpus == null) {
            Ingestor ingestor = new Ingestor();
            Map<String, CheckDoc> m = new LinkedHashMap<>();
            for (String id : List.of("jiangxi-1269-press-conference-2023", "jiangxi-cluster-upgrade-2025",
                    "nanchang-8810-action-plan-2023-2026", "xinyu-cluster-upgrade-2026-2028",
                    "xinyu-industrial-city-report-2024")) {
                try {
                    m.put(id, CheckDoc.read(Path.of("corpus", id + ".txt"), ingestor, EXTRACTOR));
                } catch (IngestException e) {
                    throw new AssertionError(e);
                }
            }
            corpus = m;
        }
        return corpus;
    }

    static CheckDoc corpus(String docId) {
        return corpus().get(docId);
    }

    /** A document made of the given lines (as ingest would hand them over). */
    static CheckDoc of(String docId, String... lines) {
        RawDocument raw = new RawDocument(docId + ".txt", docId, "text/plain", "UTF-8", List.of(lines), "0");
        StructuredText structured = EXTRACTOR.structure(raw);
        return CheckDoc.of(EXTRACTOR.extract(raw, structured), structured);
    }

    /** The provincial plan's head: title, issuer, signature date (the 用一年左右的时间 deadline counts from it). */
    static final String[] PROVINCE_HEAD = {
            "江西省产业集群提能升级实施方案",
            "江西省工业强省建设工作领导小组",
            "2025年8月28日",
            "二、重点工作"};

    static final String[] CITY_HEAD = {
            "新余市产业集群提能升级三年行动方案(2026-2028年)",
            "为深入贯彻省委、省政府关于以产业集群建设为统领、推进工业强省建设的决策部署,认真落实《江西省产业集群提能升级实施方案》(赣工强省小组字〔2025〕4号),立足新余市产业发展实际,特制定本方案。",
            "二、重点任务"};

    static String[] concat(String[] head, String... rest) {
        String[] out = new String[head.length + rest.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(rest, 0, out, head.length, rest.length);
        return out;
    }
}
