import ClaimGraphCore
import Foundation

/// The Chinese names of countries and regions (巴西, 伊拉克, 阿根廷), from ICU's locale data
/// through Foundation, folded to simplified like the text they are compared with.
///
/// Many are written with the same characters as transliterated people's names, so a rule
/// that reads 约翰逊总统 as a person must not read 巴西总统 as one. ICU keeps the list
/// complete and spelled the way Chinese news spells it; a list of our own would not be.
enum RegionNames {
    static let all: Set<String> = {
        var names = Set<String>()
        for locale in ["zh_Hans", "zh_Hant", "zh_Hant_HK"].map(Locale.init(identifier:)) {
            for region in Locale.Region.isoRegions where !unions.contains(region.identifier) {
                guard let name = locale.localizedString(forRegionCode: region.identifier) else { continue }
                names.insert(ChineseFolding.shared.toSimplified(name))
            }
        }
        // ICU names CN, HK and MO formally (中国大陆, 中国香港特别行政区); news writes them short.
        names.formUnion(["中国", "香港", "澳门"])
        return names
    }()

    /// ICU's codes for unions of countries (欧盟, 欧元区, 联合国): bodies with spokesmen and
    /// members of their own (欧盟发言人宣称: the EU speaks), not nations.
    private static let unions: Set = ["EU", "EZ", "UN"]

    static func contains(_ name: String) -> Bool { all.contains(name) }
}
