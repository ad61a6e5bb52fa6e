import Testing
@testable import ActorGraph

/// SHA-1 against the FIPS 180 examples and digests at the padding's
/// edges, and version 5 UUIDs against RFC 4122's construction as
/// Python's `uuid.uuid5` gives it.
struct NameBasedUUIDTests {
    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "a49b2446a02c645bf419f995b67091253a04a259"),
    ])
    func sha1OfTheStandardsExamples(message: String, digest: String) {
        #expect(SHA1.digest(Array(message.utf8)).hex == digest)
    }

    /// 55 bytes leave room for the length in the last block, 56 do not;
    /// 64 fill a block exactly; a million is many blocks.
    @Test(arguments: [
        (55, "cef734ba81a024479e09eb5a75b6ddae62e6abf1"),
        (56, "901305367c259952f4e7af8323f480d59f81335b"),
        (63, "0ddc4e0cccd9a12850deb5abb0853a4425559fec"),
        (64, "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163"),
        (119, "4300320394f7ee239bcdce7d3b8bcee173a0cd5c"),
    ])
    func sha1AtThePaddingsEdges(length: Int, digest: String) {
        #expect(SHA1.digest([UInt8](repeating: UInt8(ascii: "x"), count: length)).hex == digest)
    }

    @Test func sha1OfAMillionAs() {
        #expect(SHA1.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)).hex == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test func uuid5OfANameInTheDNSNamespace() throws {
        var dns = try #require(NameBasedUUID(namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
        #expect(dns.text("", "python.org".utf8) == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(dns.text("python", ".org".utf8) == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(dns.text("python", ".org".utf8, leading: "identity--") == "identity--886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test func theExportsNamespaceIsTheOneItsDocumentationDerives() throws {
        var url = try #require(NameBasedUUID(namespace: "6BA7B811-9DAD-11D1-80B4-00C04FD430C8"))
        #expect(url.text("", "urn:actorgraph:stix".utf8) == STIXExporter.namespace)
    }

    @Test(arguments: ["", "6ba7b810", "6ba7b810-9dad-11d1-80b4-00c04fd430c", "6ba7b810-9dad-11d1-80b4-00c04fd430c8a", "zba7b810-9dad-11d1-80b4-00c04fd430c8"])
    func aNamespaceThatIsNotAUUIDIsRefused(text: String) {
        #expect(NameBasedUUID(namespace: text) == nil)
    }
}
