import Testing
@testable import ActorGraph

struct UTF8ValidatorTests {
    @Test func acceptsValidText() {
        #expect(UTF8Validator.firstInvalidOffsetPerLine(Array("abc حركة 😀\n".utf8)).isEmpty)
    }

    @Test(arguments: [
        [0xFF] as [UInt8],          // never valid
        [0x80],                     // stray continuation
        [0xC3],                     // truncated
        [0xC0, 0xAF],               // overlong
        [0xED, 0xA0, 0x80],         // surrogate
        [0xF4, 0x90, 0x80, 0x80],   // past U+10FFFF
    ])
    func rejectsMalformedSequences(_ sequence: [UInt8]) {
        #expect(UTF8Validator.firstInvalidOffsetPerLine(Array("ab".utf8) + sequence) == [2])
    }

    @Test func reportsOncePerLine() {
        let bytes: [UInt8] = [0xFF, 0xFF, 0x0A, 0x41, 0xFF]
        #expect(UTF8Validator.firstInvalidOffsetPerLine(bytes) == [0, 4])
    }
}
