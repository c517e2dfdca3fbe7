import Testing

@testable import PXLineEditor

@Suite struct UTF8KeyDecoderTests {
    private func decodeAll(_ decoder: inout UTF8KeyDecoder) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        while let scalar = decoder.next() {
            scalars.append(scalar)
        }
        return scalars
    }

    @Test func decodesASCIIAndMultiByteCharacters() {
        var decoder = UTF8KeyDecoder()
        decoder.append(Array("aé→𝄞".utf8))
        #expect(decodeAll(&decoder) == Array("aé→𝄞".unicodeScalars))
        #expect(decoder.isEmpty)
    }

    @Test(arguments: 1..<4)
    func characterSplitAcrossReadsWaitsForTheRest(split: Int) {
        let bytes = Array("𝄞".utf8)
        var decoder = UTF8KeyDecoder()
        decoder.append(bytes[..<split])
        #expect(decoder.next() == nil)
        decoder.append(bytes[split...])
        #expect(decoder.next() == "𝄞")
        #expect(decoder.next() == nil)
    }

    @Test func invalidBytesAreDropped() {
        var decoder = UTF8KeyDecoder()
        // A stray continuation byte, an overlong encoding of "/", a truncated
        // sequence followed by ASCII, and a surrogate.
        decoder.append([
            0x80, UInt8(ascii: "a"), 0xC0, 0xAF, 0xE2, 0x86, UInt8(ascii: "b"), 0xED, 0xA0, 0x80, UInt8(ascii: "c"),
        ])
        #expect(decodeAll(&decoder) == ["a", "b", "c"])
    }
}
