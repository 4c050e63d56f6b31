package policylens.check;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a clause is read: the governing words from obligation.tsv as words of their own, scope words from scope.tsv. */
class ClausesTest {
    private static Clauses.Clause read(String clause) {
        return Clauses.read(clause, new Quote("d", null, clause));
    }

    @Test
    void theFirstModalWordGoverns() {
        Clauses.Clause c = read("各地要加快建设县城和乡镇充电基础设施");
        assertEquals("要", c.modal().word());
        assertEquals(3, c.binding());
        assertEquals("建设", c.action().word());
        assertEquals("各地", c.all());
        assertFalse(c.object().contains("各地"), c.object().toString());
    }

    @Test
    void aModalInsideAnotherWordIsNone() {
        Clauses.Clause c = read("推动能源要素向集群重点用能企业流动"); // jiangxi-cluster-upgrade-2025 (十五)
        assertEquals("推动", c.modal().word(), "要 of 要素 is no modal");
        Clauses.Clause order = read("强化集群重要原材料供应保障");
        assertNull(order.modal(), "要 of 重要, 应 of 供应");
        assertEquals(Clauses.UNMARKED, order.binding());
    }

    @Test
    void planningAndBuildingCountsAsBuilding() {
        assertEquals("建设", read("规划建设一批公共充电站").action().word());
        assertEquals("预留", read("新建居住区固定车位应预留充电基础设施安装条件").action().word());
    }

    @Test
    void subsetWordsAreReadLongestFirst() {
        Clauses.Clause c = read("鼓励有条件的地区建设县城和乡镇充电基础设施");
        assertEquals("有条件的地区", c.part());
        assertNull(c.all());
        assertFalse(c.object().contains("地区"), c.object().toString());
    }

    @Test
    void aProhibitionIsNegated() {
        assertTrue(read("不得以充电设施建设名义变相圈地").negated());
        assertFalse(read("不断完善充电网络").negated(), "不断 is not 不");
    }

    @Test
    void theObjectsHeadMustBeShared() {
        Clauses.Clause monitoring = read("实现车网互动资源聚合交易的全量监测");
        Clauses.Clause trading = read("探索车网互动资源聚合参与绿电交易");
        assertFalse(Clauses.sameObject(monitoring, trading), "monitoring is not trading");
        assertTrue(Clauses.sameObject(read("各地要加快建设县城和乡镇充电基础设施"),
                read("鼓励有条件的地区建设县城和乡镇充电基础设施")));
    }
}
