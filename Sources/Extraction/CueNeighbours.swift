/// The words next to a cue that decide whether it is one: characters that join it into
/// another word (据说, 说明), words that hold it without reporting (换句话说, 第三人称), words
/// that free it again (而是说), and modals that make it what someone might say.
extension Lexicon {
    /// Characters that, written just before a cue, make it part of another word
    /// (据说, 小说, 堪称, 号称 …), keyed by the cue's first character.
    static let cueBlockedBefore: [Unicode.Scalar: ScalarSet] = [
        "说": ScalarSet("据虽小听再游演学传劝解来以如是实言"),
        // (宣, 声, 辩, 指: …的宣稱便失去了基礎 refuses 宣称, and 称 after it is no cue of its own)
        "称": ScalarSet("堪号简俗通名职对被统昵戏自谓下宣声辩指"), "表": ScalarSet("代发列图外"),
        "相": ScalarSet("互"), "形": ScalarSet("被"), "描": ScalarSet("被"),  // 被形容为: the one described
        "消": ScalarSet("取"), "报": ScalarSet("闻情"), "估": ScalarSet("评低高"), "提": ScalarSet("前由被所险组"),  // (为由提出, 被提出: what was proposed, not who; 风险提示: a notice)
        "回": ScalarSet("出了体行作做"),  // 做出回应, 作出了回应, 做回应, 具体回应, 进行回应: a response made or got, not words
        "担": ScalarSet("因为"),  // 因担心, 因为担心: a motive the writer gives, not a worry voiced
        "主": ScalarSet("值土"),  // 价值主张, 领土主张: a proposition or a claim held, a noun
        "预": ScalarSet("以可难"),  // 以预测, 可预测, 难预测: what predicting serves or whether it can be (not 能: 顾能预估)
        "通": ScalarSet("情例况则布速新"),  // 疫情通报, 病例通报, 首则通报, 发布通报: a notice, not who gave it
    ]
    /// Words ending in a character of `cueBlockedBefore` that leave the cue after them one
    /// (是说 is 就是说, "that is"; 而是说 goes on: …没有提到…，而是说…, as 总是说, 只是说 and 口口声声称 do;
    /// 言说 is discourse, but 留言说 and 发言说 report;
    /// 如是说 is "said so", after the words, as every word pointing back is; 外表 is looks, but 对外表示 says in public).
    static let wordsFreeingCues = PhraseMatcher<Bool>((["而是", "总是", "老是", "只是", "对外", "向外", "声声"] + wordsEndingInYan + pointingBackWords).map { ($0, true) })
    /// Words that hold a cue but report nothing, where the characters around the cue alone do
    /// not tell: 发言人称 and 有人称 report, 第三人称 does not; 直言 reports, 直言不讳的支持者 does not;
    /// 说实话, 换句话说, 或者说 and 具体地说 ("to be honest", "in other words", "or rather", "to be
    /// precise") only frame the writer's own sentence, as 说起来 ("come to think of it") and 往好处说
    /// ("to put it kindly") do; 能说会道 is being glib; 虽然说 is "although", as 虽说 is; 说不定 and 说不准 are "maybe";
    /// 说客 and 游说 are a lobbyist and lobbying (以色列说客 Ari Ben-Menashe 则告诉…: he tells, not Israel);
    /// 被普遍认为 and 被广泛指责 are what is widely held of the subject, said by no one (后者被普遍认为是…).
    /// (以“灭绝人伦”来形容: the description came before it)
    static let wordsHoldingCues = PhraseMatcher<Bool>(["一人称", "二人称", "三人称", "直言不讳", "说不的", "说不出", "胡说八道",
                                                       "说实话", "说真的", "说实在的", "坦白说", "说白了", "说穿了", "换句话说", "不用说", "口口声声",
                                                       "或者说", "简单说", "简单来说", "来说", "说起来", "能说会道",
                                                       "往好处说", "往坏处说", "往深处说", "往大处说", "往小处说", "往少处说", "中立处说",
                                                       "来形容", "信息披露", "虽然说", "说不定", "说不准", "说起", "说客", "游说",
                                                       "具体地说", "具体说", "确切地说", "确切说", "准确地说", "准确说", "严格地说", "严格说",
                                                       "老实说", "一般地说", "一般说", "总的说",
                                                       "被普遍认为", "被普遍地认为", "被广泛认为", "被广泛地认为", "被一致认为",
                                                       "被广泛指责", "被广泛地指责", "被广泛批评", "被广泛地批评", "被普遍批评",
                                                       // (a field or a kind of criticism, 文学批评眼光; charges already told, 对相关指控予以否认;
                                                       // a belief hoped for or chosen, 她希望相信…, 投资者选择相信: no statement)
                                                       "文学批评", "媒体批评", "艺术批评", "文化批评", "社会批评", "自我批评",
                                                       "相关指控", "上述指控", "这些指控", "此类指控", "希望相信", "选择相信", "愿意相信", "宁愿相信"].map { ($0, true) })
    /// Words that open right after a cue and overlap a word holding it (说客户: 说 + 客户, not 说客;
    /// 说起码要三天: 说 + 起码, not 说起): the cue reports.
    static let wordsOpeningAfterCues = PhraseMatcher<Bool>(["客户", "客人", "客观", "起码", "起初"].map { ($0, true) })
    /// Words opening with 出 that may follow a cue as the start of what was said (表示出于安全考虑,
    /// 称出口将增加): not the 出 of a verb of result (总结出, 透露出).
    static let wordsOpeningWithChu = PhraseMatcher<Bool>(["出于", "出口", "出现", "出台", "出席", "出售", "出版", "出生", "出身", "出任", "出资",
                                                          "出兵", "出手", "出面", "出事", "出发", "出境", "出国", "出让", "出租", "出动", "出乎",
                                                          "出具", "出炉", "出货", "出行", "出院", "出狱", "出庭", "出访", "出局", "出路",
                                                          "出色", "出错", "出问题", "出现了"].map { ($0, true) })
    /// Cues of estimating, after which 出 gives the finding (估算出, 推测出, 计算出).
    static let estimatingCues = PhraseMatcher<Bool>(["估算", "推测", "估计", "计算", "推算", "预测", "测算"].map { ($0, true) })
    /// Modal words right before a cue (中国应澄清, 可以说, 需要指出): what someone should,
    /// could or might say is no report of what was said.
    static let modalsBeforeCue = PhraseMatcher<Bool>(["可能", "也许", "或许", "可能会", "也许会", "或许会", "应该", "应当", "必须", "不会", "将会",
                                                      "可以", "能够", "不能", "理应", "需要", "须", "应",
                                                      // what one need not or should not do (违规者不必担心, 不要相信)
                                                      "不必", "不用", "无需", "无须", "不要",
                                                      // what one tries to show is no report of what was shown (NBA 和火箭队试图表明…)
                                                      "试图", "企图", "力图"].map { ($0, true) })
    /// Characters before 应 that make it part of a word (回应, 响应, 反应), not "should".
    static let wordsEndingInYing = ScalarSet("回响反适对相答供效呼感照顺")

    /// Characters that, written just after a cue, make it part of another word (说明, 称赞,
    /// 消费 …), keyed by the cue's first character.
    static let cueBlockedAfter: [Unicode.Scalar: ScalarSet] = [
        "说": ScalarSet("明服法话尽成是得过了出到句声唱"),  // …说出了真相: words uttered, not reported; 说到底; 说句真心话; 说声谢谢; 说唱歌手: rap
        "称": ScalarSet("为号作之赞霸道许颂奇羡誉得呼雄帝职心"),  // 称赞, 称道, 令人称奇: praise, not speech; 称得上: ranks as; 称呼: calls; 称雄, 称帝: rule; 称职, 称心
        "消": ScalarSet("费除失化灭耗极人来"),
        "回": ScalarSet(""),
        "提": ScalarSet("供高升出"),
        "相": ScalarSet("关同互比当对"),
        "担": ScalarSet("任"),
        "预": ScalarSet("下将会于本明今性"),  // 预测性的: predictive, no forecast
        "表": ScalarSet("格"), "裁": ScalarSet("书"),  // 裁定书: the ruling's paper, named
        "批": ScalarSet("性估者家人"),  // 批评性学者: critical; 大批评估人员: many assessors; 批评者, 批评家, 批评人士: critics, whose cue comes after
    ]
}
