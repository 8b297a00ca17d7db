import Testing
@testable import Extraction

/// Pledges (誓言, 保证) give words after a comma, or straight before what will be done.
@Suite struct PledgeTests {
    /// 并保证，… and 誓言要… are the pledge's words; 保证安全 is an act, no words.
    @Test func pledgedWords() {
        let c = claims("伊朗最高领袖阿里·哈梅内伊誓言要进行严厉的报复，并保证，杀死苏莱曼尼会让人加倍抵抗美国。")
        #expect(c.map(\.description) == ["Ali Khamenei|indirect|-|要进行严厉的报复", "Ali Khamenei|indirect|-|杀死苏莱曼尼会让人加倍抵抗美国"], "\(c)")
        let act = claims("警方保证安全的措施已经到位，市民可以放心出行。")
        #expect(act.isEmpty, "\(act)")
    }

    /// 承诺 straight before the deadline of what will be done (承诺在当年 7 月 25 日前完成…) gives
    /// the promise's words; 承诺 as a noun (王毅的承诺在国内引起争议) gives none.
    @Test func promisedByADeadline() {
        let c = claims(["王毅承诺在当年 7 月 25 日前完成应付款项支付。", "王毅的承诺在国内引起争议。"])
        #expect(c.map(\.description) == ["Wang Yi|indirect|-|在当年 7 月 25 日前完成应付款项支付"], "\(c)")
    }

    /// A title run into the name the catalog knows (阿亚图拉阿里·哈梅内伊: Ayatollah) is that person.
    @Test func titleRunIntoACatalogName() {
        let c = claims("最高领袖阿亚图拉阿里·哈梅内伊表示，伊朗将进行报复。")
        #expect(c.map(\.speaker) == ["Ali Khamenei"], "\(c)")
    }
}
