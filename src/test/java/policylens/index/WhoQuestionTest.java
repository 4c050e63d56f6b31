package policylens.index;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which questions the search box answers with `who` (lexicon/questions.tsv, roles asks and marker). */
class WhoQuestionTest {
    @Test
    void questionsThatAskWhoIsResponsible() {
        assertTrue(WhoAnswerer.isWhoQuestion("谁负责中试平台建设?"));
        assertTrue(WhoAnswerer.isWhoQuestion("新余招商引资由哪个部门牵头"));
        assertTrue(WhoAnswerer.isWhoQuestion("充电设施建设的责任单位是"));
        assertFalse(WhoAnswerer.isWhoQuestion("中试平台建设"));
        assertFalse(WhoAnswerer.isWhoQuestion(null));
    }
}
