import Testing
@testable import Extraction

/// 他 after one unnamed person just quoted goes on with them, however the words placed them
/// before they were counted (抢险现场的一位…负责人), not with a man named before.
@Suite struct OneUnnamedPersonTests {
    @Test func oneCountedAfterWhereTheyWere() {
        let c = claims(["县委办主任马仁高说，好在管涌被控制住，没有引起溃坝。",
                        "抢险现场的一位水利局负责人告诉记者，霍邱县连降暴雨。「这在我们县历史上是没见过的。」他说，今年当地40多天几乎没有停过雨。"])
        #expect(c.map(\.speaker) == ["马仁高", nil, nil, nil], "\(c)")
    }
}
