/// The cue words themselves: the verbs that introduce what someone said or what a report
/// says, and the kinds of cue the rules treat apart (characterizations, shouts, 指).
extension Lexicon {
    static let speechCues = [
        "说", "说道", "表示", "认为", "指出", "称", "强调", "透露", "警告", "预计", "预估", "预测", "评价", "承诺",
        "宣称", "声称", "声言", "写道", "重申", "坦言", "直言", "表明", "主张", "呼吁", "敦促", "指责", "指控", "批评", "谴责",
        "质疑", "惊呼", "分析称", "分析说", "分析指出", "回应", "回应称", "回复称", "回复说", "补充说", "解释说", "提到", "估计",
        "暗示", "总结", "告诉", "预祝", "表态", "证实", "否认", "强调说", "还说", "介绍说", "介绍称", "评论说", "断言",
        "相信", "担心", "认定", "披露称", "澄清", "辩称", "抱怨", "反驳", "答复", "回答说", "宣布称", "指称", "直指", "呼吁说", "提醒", "发问", "反问", "感叹", "形容说",
        "坚称", "坚持称", "坚持说", "坚持认为", "坚持表示", "说过", "的结论是", "得出的结论是", "的回答是", "的计算是", "的估计是", "坦承", "驳斥", "抨击", "答道", "猜测", "推测", "臆测", "坚信", "深信", "得出结论", "补充",
        "补充道", "回应道", "解释道", "反驳道", "回答道", "感叹道", "强调道", "评论道", "评论称", "总结道", "回忆道", "发现", "觉得",
        "笑言", "笑道", "微笑道", "叹息道", "叹息说", "叹气道", "叹气说", "笑称", "笑说", "打趣道", "调侃道", "嘲讽道", "感慨道", "哀叹道", "叹道", "附和道", "辩解道",
        "抱怨道", "提醒道", "分析道", "评价道", "预测道", "质疑道", "赞同道", "喊道", "叫道", "嚷道", "吼道", "告诫", "说的是", "宣布", "宣告", "担忧", "确认", "解释", "扬言", "承认", "建议", "回忆", "记得", "估算", "问道", "裁定",
        "争辩说", "争辩称", "争辩道", "辩解说", "辩解称", "狡辩说", "狡辩称", "狡辩道", "感慨说", "威胁说", "威胁称", "威胁道", "吹嘘说", "吹嘘道",
        "揶揄说", "揶揄道", "讽刺说", "讽刺道", "嘲讽说", "挖苦说", "挖苦道", "调侃说", "感叹说", "确信",
        // what is said back or out, in fiction and memoirs (他回道：「…」, 有人抗议道：“…”)
        "回道", "回复道", "反问道", "追问道", "怒道", "冷笑道", "苦笑道", "控诉道", "讥讽道", "喝令道", "点头道", "抗议道", "低声道", "大声道",
        // (特别 is an adverb only before the cue: 特别行政区, 特别代表 name things)
        "特别指出", "特别强调", "特别提到", "特别提醒", "特别警告",
        "指",  // Hong Kong and Taiwan copy: 路透引述知情人士指，… (see singleCharacterCues)
        "曰",  // classical Chinese quoted in essays: 莊子曰：『…』 (see singleCharacterCues)
    ] + characterizations + shouts + ownedSayings
    /// Cues naming a saying by its owner (威廉·詹姆斯的看法是，…: `ClaimFinder.sayingOwner`).
    static let ownedSayings = ["的看法是", "的说法是", "的解释是", "的观点是", "的评语是", "的评价是", "的回应是",
                               "的核心观点是", "的主要观点是", "的基本观点是", "的基本看法是"]
    /// Cues that describe something as something (将《阿勒山》形容为“…”): a statement only in the
    /// describer's own words in quotation marks, not a description the article paraphrases.
    static let characterizations = ["形容为", "形容成", "描述为", "描述成", "描绘为", "描绘成"]
    /// `characterizations` as a matcher, for `ClaimFinder.emit`, which asks at every statement.
    static let characterizationCues = PhraseMatcher<Bool>(characterizations.map { ($0, true) })
    /// Cues of shouting, whose words are only those in quotation marks (喊道，然后拿起听筒 is none;
    /// 高呼「…」 shouts words, 高呼口号 none).
    static let shouts = ["喊道", "叫道", "嚷道", "吼道", "高喊", "大喊", "高呼", "呼喊道", "齐呼"]
    /// `shouts` as a matcher, for `ClaimFinder.isShout`, which `findHits` asks at every cue.
    static let shoutCues = PhraseMatcher<Bool>(shouts.map { ($0, true) })
    /// Cues of one character that report only right before their statement, and not after some
    /// characters: 指 in Hong Kong and Taiwan copy (消息人士指，…), not a finger or a pointing
    /// (手指，, 指了指，); classical 曰 (老子曰：“…”), not 或曰 ('or rather') nor 简曰 ('in short').
    /// Longer cues starting with them (指出) are not concerned.
    static let singleCharacterCues: [Unicode.Scalar: (before: ScalarSet, notAfter: ScalarSet)] = [
        "指": (ScalarSet("，,：:"), ScalarSet("手食中拇小戒意所了指")),
        "曰": (ScalarSet("，,：:"), ScalarSet("或简簡")),
    ]

    /// (显示: what data or a document shows, 数据显示，…, is their report, whoever compiled them)
    static let reportCues = ["报道", "报导", "报道称", "报导称", "披露", "揭露", "揭示", "消息", "发文", "爆料", "撰文", "分析报道", "援引消息", "显示", "了解到"]

    static let cues: PhraseMatcher<Cue> = {
        var m = PhraseMatcher<Cue>()
        for c in reportCues { m.insert(c, Cue(kind: .report, isNoun: nounCues.contains(c), isFinding: findingCues.contains(c))) }
        for c in speechCues { m.insert(c, Cue(kind: .speech, isNoun: nounCues.contains(c), isFinding: findingCues.contains(c))) }
        for c in punctuatedCues { m.insert(c, Cue(kind: .speech, needsPunctuation: true)) }
        for c in punctuatedReportCues { m.insert(c, Cue(kind: .report, needsPunctuation: true)) }
        for c in quotingCues { m.insert(c, Cue(kind: .speech, needsPunctuation: true, quotationMayFollow: true)) }
        return m
    }()

    /// Cues whose words come after a comma or colon or open with a quotation right after them
    /// (`Cue.quotationMayFollow`): 他戏称「黄金才是钱」 jokes, 戏称赵正永为「网球队长」 gives a nickname;
    /// 写到：“…” is 写道 miswritten, 写到这里 no cue.
    static let quotingCues = ["戏称", "写到"]

    /// Cues whose words come only after a comma or colon (`Cue.needsPunctuation`).
    /// (形容，… describes in words; 形容对方十分刁钻 may be the writer's paraphrase. 谈到，… as 提到;
    /// 感慨：“…” sighs words, 发出感慨 is none; 注意到，… notes what follows, 注意到这一点 only noticed;
    /// 并保证，… pledges words, 保证安全 is an act; 一些商家反映，… complain of what follows, 这反映了… is
    /// what something shows.)
    static let punctuatedCues = ["提出", "回答", "誓言", "预言", "描述", "说到", "还说到", "也说到", "计算出", "回忆到", "形容", "谈到", "感慨", "介绍", "通报", "提示", "注意到", "保证",
                                 "反映"]
    /// What a record holds (据《史记》记载，…, 《护城纪实》中记载，…), a report after a comma or
    /// colon; otherwise a noun (历史记载, 有不少记载). (公布，… was tried: as a cue it broke the
    /// source of 根据统计局公布的数据，…, which holds it.)
    static let punctuatedReportCues = ["记载"]

    /// Words in 言 after which 说 still reports (留言说, 发言说, 扬言说; `wordsFreeingCues`): 言说
    /// alone is discourse, a noun.
    static let wordsEndingInYan = ["留言", "发言", "直言", "扬言", "坦言", "断言", "放言", "声言", "预言", "传言", "证言", "进言", "宣言", "明言", "誓言", "附言", "冷言", "戏言", "婉言"]

    /// Cues that are also nouns (`Cue.isNoun`).
    private static let nounCues = Set(ownedSayings + ["的计算是", "的估计是", "说过", "报道", "报导", "消息", "爆料", "揭露", "揭示", "补充", "回应", "承诺", "发现", "觉得", "显示", "说的是", "宣布", "宣告", "担忧", "确认", "解释", "承认", "建议", "回忆", "记得"])
    /// Cues of what someone found or feels (`Cue.isFinding`).
    private static let findingCues: Set = ["发现", "觉得", "显示", "了解到"]
}
