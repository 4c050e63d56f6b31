package policylens.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageTest {
    private final Coverage coverage = new Coverage();

    @Test
    void theProvincialPlansFifteenTasksAreItsNumberedParagraphs() {
        List<Coverage.Task> tasks = Coverage.tasks(Docs.corpus("jiangxi-cluster-upgrade-2025"));
        assertEquals(15, tasks.size());
        assertEquals("优化集群空间布局", tasks.get(0).title());
        assertTrue(tasks.stream().noneMatch(t -> t.text().contains("责任单位")), "the units note is not task text");
    }

    @Test
    void aPressConferenceGivesTheActionsItAnnounces() {
        List<Coverage.Task> tasks = Coverage.tasks(Docs.corpus("jiangxi-1269-press-conference-2023"));
        assertEquals(6, tasks.size(), tasks.toString());
        assertTrue(tasks.get(0).title().startsWith("产业链链长制升级行动"), tasks.get(0).title());
        assertTrue(tasks.get(5).title().startsWith("资源要素精准聚焦行动"), tasks.get(5).title());
    }

    @Test
    void nanchangsTasksAreItsEightMeasuresNotItsDirections() {
        List<Coverage.Task> tasks = Coverage.tasks(Docs.corpus("nanchang-8810-action-plan-2023-2026"));
        assertEquals(List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8"),
                tasks.stream().map(Coverage.Task::taskId).toList());
    }

    @Test
    void everySeedParentTaskButTheHalfAnsweredPlatformTaskIsCovered() {
        List<Coverage.Match> m = coverage.match(Docs.corpus("jiangxi-cluster-upgrade-2025"),
                Docs.corpus("xinyu-cluster-upgrade-2026-2028"));
        List<String> uncovered = m.stream().filter(x -> !x.covered()).map(x -> x.parent().taskId()).toList();
        assertEquals(List.of("2.4"), uncovered, "(四)筑强集群承载平台 is only partly answered by the city");
        Coverage.Match brand = m.stream().filter(x -> x.parent().taskId().equals("2.10")).findFirst().orElseThrow();
        assertEquals("2.13", brand.children().get(0).taskId(), "(十)培育特色集群品牌 ↔ (十三)加强集群品牌建设");
        assertTrue(coverage.match(Docs.corpus("jiangxi-1269-press-conference-2023"),
                Docs.corpus("nanchang-8810-action-plan-2023-2026")).stream().allMatch(Coverage.Match::covered));
    }

    @Test
    void theHalfAnsweredPlatformTaskIsTooCloseToTheThresholdForAFinding() {
        CheckDoc parent = Docs.corpus("jiangxi-cluster-upgrade-2025");
        CheckDoc child = Docs.corpus("xinyu-cluster-upgrade-2026-2028");
        List<Coverage.Match> m = coverage.match(parent, child);
        Coverage.Match platform = m.stream().filter(x -> x.parent().taskId().equals("2.4")).findFirst().orElseThrow();
        assertEquals(Coverage.UNCLEAR, platform.verdict());
        assertTrue(platform.margin() < 0 && platform.margin() > -Coverage.MARGIN, "margin " + platform.margin());
        assertTrue(coverage.missing(m, parent, child).isEmpty(), "no finding inside the margin");
        String note = Coverage.unclearNote(platform).in(policylens.i18n.Lang.ZH);
        assertTrue(note.startsWith("上级任务 2.4「筑强集群承载平台」得分 0.30") && note.contains("无法判断"), note);
        assertTrue(Coverage.unclearNote(platform).in(policylens.i18n.Lang.EN).contains("too close to call"));
    }

    @Test
    void onlyAScoreWellBelowTheThresholdIsAMissingTask() {
        CheckDoc parent = Docs.corpus("jiangxi-cluster-upgrade-2025");
        CheckDoc child = Docs.corpus("xinyu-cluster-upgrade-2026-2028");
        Coverage.Task task = Coverage.tasks(parent).get(3);
        List<Coverage.Match> scores = List.of(
                new Coverage.Match(task, List.of(), Coverage.THRESHOLD, true),
                new Coverage.Match(task, List.of(), Coverage.THRESHOLD - Coverage.MARGIN + 0.01, false),
                new Coverage.Match(task, List.of(), Coverage.THRESHOLD - Coverage.MARGIN - 0.01, false));
        assertEquals(List.of(Coverage.COVERED, Coverage.UNCLEAR, Coverage.MISSING),
                scores.stream().map(Coverage.Match::verdict).toList());
        List<Finding> f = coverage.missing(scores, parent, child);
        assertEquals(1, f.size());
        assertEquals(Finding.MISSING_TASK, f.get(0).kind());
    }

    @Test
    void bodyTasksWhoseUnitsStandInTheAnnexTableHaveUnits() {
        assertTrue(coverage.withoutUnits(Docs.corpus("xinyu-cluster-upgrade-2026-2028")).isEmpty());
        assertTrue(coverage.withoutUnits(Docs.corpus("nanchang-8810-action-plan-2023-2026")).isEmpty());
    }

    @Test
    void aTaskWithoutAnyUnitIsFlagged() {
        // the city's body paragraph (五) without its annex row: nothing names who carries it out
        CheckDoc bodyOnly = Docs.of("body-only", Docs.concat(Docs.CITY_HEAD,
                "(五)提升链式招商水平。持续扩大“投资新余”工作显度,纵深推进产业链精准招商,加快由单点招商向链式集群招商转变,"
                        + "由广泛招商向精准服务招商转型。2026-2028年,每年引进20个以上集群引领性项目(单个项目投资不低于5亿元)。"));
        List<Finding> f = coverage.withoutUnits(bodyOnly);
        assertEquals(1, f.size());
        assertEquals(Finding.NO_RESPONSIBLE_UNIT, f.get(0).kind());
        assertTrue(f.get(0).message().in(policylens.i18n.Lang.ZH).contains("提升链式招商水平"), f.get(0).message().toString());
    }

    @Test
    void chineseNumbers() {
        assertEquals(6, Coverage.chineseNumber("六"));
        assertEquals(15, Coverage.chineseNumber("十五"));
        assertEquals(20, Coverage.chineseNumber("二十"));
        assertEquals(23, Coverage.chineseNumber("二十三"));
    }

    @Test
    void aShortTitleStopsBeforeTheAside() {
        assertEquals("优质企业群体…", Coverage.shortTitle("优质企业群体(主要指省级以上创新型中小企业、专精特新企业和制造业单项冠军企业)"));
    }

    @Test
    void theSignatureUnderATaskSectionIsNoTask() {
        CheckDoc guideline = Docs.of("national", "国务院办公厅关于进一步构建高质量充电基础设施体系的指导意见", "二、重点任务",
                "(一)加快补齐县域充电短板。各地要加快建设县城和乡镇充电基础设施。",
                "(二)落实居住区配建要求。新建居住区固定车位按规定100%建设充电基础设施。",
                "国务院办公厅", "2023年6月8日");
        assertEquals(List.of("2.1", "2.2"), Coverage.tasks(guideline).stream().map(Coverage.Task::taskId).toList());
    }
}
