/// The Latin-script words the rules look for in Chinese text: words that are no part of a
/// name (In, January, CEO, VPN) and words that make a name an organisation's (Group, Times).
extension Lexicon {
    /// Capitalised English words that are not parts of a name: function words, months
    /// and days (not May or Will, which are names too), headline words (In January, Paper
    /// Says, Do Protests Even Work are not people).
    static let notNameWords: Set<String> = words("""
        a an the and or but nor so yet if as at by for from in into of off on onto out over to up with \
        about after before between despite during through under until upon via within without \
        i me my we our you your he him his she her it its they them their this that these those \
        is are was were be been being am do does did done have has had can could would shall should might must \
        not no yes all any each every some many much more most other such only own same too very just even also \
        how what when where which who whom whose why here there now then \
        new old first last next best good great big small right left high low different free open \
        says said say tells told asks war world report reports online live today daily weekly \
        january february march april june july august september october november december \
        monday tuesday wednesday thursday friday saturday sunday \
        public digital political politics social foreign investment analysis critical arts alerts trust data \
        china chinese russia russian america american british india indian japan japanese europe european \
        africa african asia asian east west north south central latin sea river road square province city \
        national county people security affairs development revolution theater theatre guard intelligence \
        ceo cfo cto coo cio
        """)

    /// Words of `notNameWords` that describe a body in its name (Open Society Foundations,
    /// National Security Council, Chinese Human Rights Defenders Network).
    static let bodyAdjectives: Set<String> = words("""
        new first free open public digital political social foreign national central critical world         china chinese russia russian america american british india indian japan japanese europe european         africa african asia asian east west north south latin security affairs development intelligence investment trust data law arts
        """)

    /// Capitalised English words that end or make up the name of an organisation: a
    /// speaker named with one (Rhodium Group, Access Now, Facebook Inc.) is an
    /// organisation, not a person.
    static let organizationWords: Set<String> = words("""
        inc inc. ltd ltd. co co. corp corp. llc plc group company corporation holdings financial bank fund capital \
        party center centre institute university college school academy foundation association society council \
        committee commission agency ministry department office bureau service services media network press news \
        times post journal magazine review books tv radio channel feeds studio studios project program programme \
        union league federation alliance movement front army force forces government state states republic kingdom \
        international global research lab laboratory labs watch now transparency privacy rights human partners \
        management markets consulting technologies technology systems solutions analytics exchange insights ventures \
        airlines airways organization organisation collaboration coalition initiative forum consortium monitor observatory \
        associates advisors advisers investments industries enterprises securities communications networks software \
        pharmaceuticals therapeutics biosciences motors hospital clinic entertainment pictures records health \
        robotics consultancy brothers
        """)

    fileprivate static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0.isWhitespace || $0 == "\\" }).map(String.init))
    }

    /// Romanised surnames of two letters (Su, Li, Ng, Oh, Le): a two-letter word is as often
    /// an abbreviation or a part of a company's name (Swiss Re), so only these stand for a
    /// person named in full earlier.
    static let shortLatinSurnames: Set<String> = words("""
        li wu xu su ma hu lu yu ye du fu gu qi xi yi ai bi di ji mo ni pu ru ho ng lo ko au ou oh im ha ra jo le vu ly
        """)

    /// Acronyms that name a role or a thing, not a body that speaks (TA说 is 他说; CEO表示).
    static let acronymsOfThings: Set<String> = words("""
        ta ceo cfo cto coo cio app dns vpn gdp ai it ppt vip pdf url gps usb cpu pc dj mc ip id tv utc
        """)
}
