/// Subjects that point back to an organization named before (该公司, 这家机构, 该分析机构).
extension Lexicon {
    /// Demonstratives that point back to a body (该, 这家).
    static let bodyPointers = ["该", "这家", "这所", "此"]

    /// Kinds of body a demonstrative points back to (公司, 机构, 智库).
    static let pointedBackKinds = [
        "公司", "集团", "企业", "机构", "组织", "银行", "行", "平台", "网站", "基金会", "协会", "商会", "中心", "大学", "智库",
        "委员会", "部门", "交易所", "研究所", "法院", "法庭", "医院", "学校", "学院", "研究院", "联盟", "俱乐部", "工会", "团体", "实验室", "馆", "使馆",
        "科技巨头", "科技公司",
    ] + tradeWords

    /// Words for a company's trade (…商, 巨头): 这家汽车生产商 points back to the company, and
    /// 柴油发动机制造商康明斯公司 describes the one named after it (`ClaimFinder.tradeEnd`).
    static let tradeWords = ["制造商", "供应商", "运营商", "开发商", "零售商", "生产商", "经销商", "承包商", "服务商", "提供商",
                             "厂商", "电商", "巨头", "出版商", "分销商", "批发商",
                             "券商", "金融机构", "投资机构", "咨询公司", "投资公司"]

    /// Firms known only by their trade (承包商说, 开发商表示, 一位口罩滤材生产商直言): an unnamed
    /// source; not 电商 or 券商, which end firms' names (快手电商).
    static let traders = PhraseMatcher<Bool>(tradeWords.filter { $0.count == 3 && $0.hasSuffix("商") }.map { ($0, true) })

    /// 该公司, 这家机构, 该组织: a demonstrative right before the kind.
    static let pointedBackBodies = pointingBack(bodyPointers, to: pointedBackKinds)

    /// The demonstratives and the kinds apart, for a kind with words before it (该分析机构:
    /// `ClaimFinder.pointedBackBody`).
    static let bodyPointerWords = PhraseMatcher<Bool>(bodyPointers.map { ($0, true) })
    static let bodyKindWords = PhraseMatcher<Bool>(pointedBackKinds.map { ($0, true) })
}
