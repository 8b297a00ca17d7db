import Testing
@testable import Extraction

/// Social-media handles before a cue speak, named without their @.
@Suite struct HandleNameTests {
    @Test func handlesSpeak() {
        let c = claims(["网友@上发条的鹰 说，这件事很荒唐。", "@panda_extraL 说：“这件事很荒唐。”", "@荷喜 說普通話手足和香港的關係是虐戀。"])
        #expect(c.map(\.speaker) == ["上发条的鹰", "panda_extraL", "荷喜"], "\(c)")
        // (an e-mail address before a cue is no handle; without a space the handle's end is unknown)
        #expect(claims("有问题请写信给 help@example.com 说明情况。").isEmpty)
        #expect(claims("网友@月光博客在推特上透露，这件事很荒唐。").allSatisfy { $0.speaker == nil })
    }
}
