package policylens.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpacedColumnsTest {
    private static List<String> apply(String... lines) {
        return new SpacedColumns().apply(Page.of(List.of(lines))).lines();
    }

    @Test
    void columnsLinedUpWithIdeographicSpacesBecomeTabs() {
        List<String> out = apply("加氢站建设计划表", "县市区　现有　2024年　2025年　合计", "奎文区　2　1　0　3", "　　潍城区　1　0　1　2");
        assertEquals(List.of("加氢站建设计划表", "县市区\t现有\t2024年\t2025年\t合计", "奎文区\t2\t1\t0\t3", "潍城区\t1\t0\t1\t2"), out);
    }

    @Test
    void runsOfSpacesCountAsAGapButOneSpaceDoesNot() {
        List<String> out = apply("序号  任务  责任单位", "1  建成加氢站10座  市发展改革委", "2  推广燃料电池汽车  市工业和信息化局");
        assertEquals("1\t建成加氢站10座\t市发展改革委", out.get(1));
        assertEquals(List.of("打造 VR 产业 集群", "Mini LED 显示 项目"), apply("打造 VR 产业 集群", "Mini LED 显示 项目"));
    }

    @Test
    void indentedParagraphsAndTooFewRowsAreLeftAlone() {
        String[] prose = {"　　一是加快建设。　　二是强化保障。　　三是优化服务。", "　　四是加强宣传。　　五是严格考核。　　六是总结推广。",
                "　　七是做好评估。　　八是及时通报。　　九是建立台账。"};
        assertEquals(List.of(prose), apply(prose));
        assertEquals(List.of("县市区　现有　合计", "奎文区　2　3"), apply("县市区　现有　合计", "奎文区　2　3"));
    }
}
