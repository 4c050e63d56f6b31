package policylens.index;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The place a clerk's question is about restricts the answers to that place's plans. */
class WhoScopeTest {
    @Test
    void aCountyOrDistrictNamedInTheQuestionIsItsScope() {
        assertEquals("虹口区", WhoAnswerer.scope("虹口区垃圾分类违法行为巡查执法谁负责？").region());
        assertEquals("南昌县", WhoAnswerer.scope("南昌县的产业园区由谁建设").region());
    }

    @Test
    void aCityOrTheProvinceAsBefore() {
        assertEquals("新余市", WhoAnswerer.scope("新余招商引资由哪个部门牵头").region());
        WhoAnswerer.Scope province = WhoAnswerer.scope("全省产业集群谁负责");
        assertNull(province.region());
        assertEquals("province", province.level());
    }
}
