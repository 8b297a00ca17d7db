/// Subjects that point back to an organization named before (该公司, 这家机构, 该分析机构).
extension Lexicon {
    /// Demonstratives that point back to a body (该, 这家).
    static let bodyPointers = ["该", "这家", "这所", "此"]

    /// Kinds of body a demonstrative points back to (公司, 机构, 智库).
    static let pointedBackKinds = [
        "公司", "集团", "企业", "机构", "组织", "银行", "行", "平台", "网站", "基金会", "协会", "商会", "中心", "大学", "智库",
        "委员会", "部门", "交易所", "研究所", "法院", "法庭", "医院", "学校", "学院", "研究院", "联盟", "俱乐部", "工会", "团体", "实验室", "馆", "使馆",
        "巨头", "科技巨头", "科技公司", "制造商", "零售商", "运营商",
    ]

    /// 该公司, 这家机构, 该组织: a demonstrative right before the kind.
    static let pointedBackBodies = pointingBack(bodyPointers, to: pointedBackKinds)

    /// The demonstratives and the kinds apart, for a kind with words before it (该分析机构:
    /// `ClaimFinder.pointedBackBody`).
    static let bodyPointerWords = PhraseMatcher<Bool>(bodyPointers.map { ($0, true) })
    static let bodyKindWords = PhraseMatcher<Bool>(pointedBackKinds.map { ($0, true) })
}
