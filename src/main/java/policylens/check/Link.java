package policylens.check;

import java.util.List;

/**
 * A lower-level plan and the higher-level document it implements.
 *
 * @param child         the implementing plan's docId
 * @param parent        the implemented document's docId
 * @param basis         how the link was found: "cite-docNumber", "cite-title", "phrase" (根据…/认真落实…/围绕…)
 * @param childEvidence the child's words that name the parent ("认真落实《江西省产业集群提能升级实施方案》(赣工强省小组字〔2025〕4号)")
 * @param via           "plan" when the parent is the named plan itself; "presents" when the parent is a text that
 *                      presents it (a press conference whose headline quotes the plan's title in 《》)
 */
public record Link(String child, String parent, List<String> basis, String childEvidence, String via) {
    public Link {
        basis = List.copyOf(basis);
    }
}
