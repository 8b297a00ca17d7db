/// Chinese surnames: a name is found by its surname first (教授朱志群, 王建军表示, 「…」郁萍說).
extension Lexicon {
    /// The common surnames, then the rarer ones of the Hundred Family Surnames (百家姓) and
    /// of Hong Kong and Taiwan (洪, 傅, 萧, 赖, 冼, 练). A character mostly used as a word is
    /// left out though it is a surname too (水 云 花 平 强 家 国 东 都 那 后 公 …), and so is one
    /// that starts transliterations (伊, 贝, 索, 乌) or names a place (鄂, 杭, 荆): before a cue
    /// it would make 国家表示 or 伊朗说 a person.
    static let surnames = ScalarSet(commonSurnames + "傅萧洪赖阎郁薄屠冼练粟鄢邸谌奚酆湛禹狄昝裘贲钮嵇荀芮羿汲邴糜隗宓郗钭戎韶郜蓟邰蔺胥莘逄郦雍璩濮扈郏茹宦庾匡阙殳夔厍晁訾阚乜鞠蒯竺逯桓琚郄")

    /// Surnames mostly used as words or rare (达鸿飞, 楼仲平, 巢守柏, 强世功, 朴惠真, 权埈郁), left out of
    /// `surnames`: one opens a name only where nothing else could stand, three characters straight
    /// between a title and a cue (创办人达鸿飞说).
    static let wordSurnames = ScalarSet("达原楼巢印燕森权朴富励诸战巴强云锺鲜扶堵宰寿冀浦蔚隆勾融须丰盖水花平国东都")

    /// The common surnames, most common first.
    private static let commonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝侍"

    /// The forty commonest surnames: one of them before a single character is a two-character
    /// name (张丽), where a rarer one after another surname is the given name's first character
    /// (陈文玉, 王明明).
    static let commonestSurnames = ScalarSet(String(commonSurnames.prefix(40)))

    /// Surnames of two characters (欧阳修, 东方白夜), which `surnames` cannot spell.
    static let compoundSurnames = PhraseMatcher<Bool>(["欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "公孙", "端木",
                                                       "尉迟", "夏侯", "独孤", "长孙", "宇文", "司徒", "西门", "南宫", "轩辕"].map { ($0, true) })
}
