import PXCodec
import PXNumeric
import PXRuntime
import PXWire
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Parts that arrive in memory segments of their own (what engines send back for a `gather`) are joined by mapping
/// those that fall on a page boundary of the result, as they do in their segment, and copying the rest
/// (``SegmentJoin/assembled(_:)``).
@Suite("Gathered parts joined by mapping")
struct AssembledJoinTests {
    /// A part as a client receives it: `count` doubles `first`, `first + 1`, … in a segment of its own, mapped.
    static func received(_ count: Int, first: Int) throws -> NDArray {
        let array = NDArray(doubles: (0..<count).map { Double(first + $0) })
        return try ResentSegmentTests.decode(try ResentSegmentTests.encode(array).payload)
    }

    /// The name of what is mapped at `address` in this process (`/proc/self/maps`), or "" for anonymous memory.
    static func mappedName(at address: UnsafeRawPointer) -> String {
        var bytes: [UInt8] = []
        if let file = fopen("/proc/self/maps", "r") {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while case let count = fread(&chunk, 1, chunk.count, file), count > 0 { bytes += chunk[0..<count] }
            fclose(file)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let range = fields[0].split(separator: "-").compactMap { UInt(String($0), radix: 16) }
            guard range.count == 2, range[0] <= UInt(bitPattern: address), UInt(bitPattern: address) < range[1] else {
                continue
            }
            return fields.count > 5 ? String(fields[5]) : ""
        }
        return "unmapped"
    }

    @Test("parts on page boundaries are mapped, the others copied; the result equals numpy's concatenation")
    func mapsAlignedParts() throws {
        // 2 MiB (mapped at 0), 1 MiB + 8 bytes (mapped at 2 MiB), 200000 doubles at 3 MiB + 8 (copied).
        let counts = [262_144, 131_073, 200_000]
        var parts: [NDArray] = []
        var first = 0
        for count in counts {
            parts.append(try Self.received(count, first: first))
            first += count
        }
        let joined = try #require(SegmentJoin.assembled(parts))
        #expect(joined.shape == [first] && joined.dtype == .float64)
        let values = joined.pointer.assumingMemoryBound(to: Double.self)
        #expect((0..<first).allSatisfy { values[$0] == Double($0) }, "every element in place")
        #expect(Self.mappedName(at: joined.pointer).contains("memfd:swiftpx-segment"), "the first part is mapped")
        #expect(Self.mappedName(at: joined.pointer + (1 << 21)).contains("memfd:swiftpx-segment"), "the second too")
        let third = joined.pointer + (262_144 + 131_073) * 8
        #expect(Self.mappedName(at: third + 8192) == "", "the third part is copied into anonymous memory")

        // The result is the client's own: writing to it changes no part, not even in a page two parts share.
        values[0] = -1
        values[262_144 + 131_072] = -2
        #expect(SharedSendTests.element(parts[0], 0) == 0)
        #expect(SharedSendTests.element(parts[1], 131_072) == Double(262_144 + 131_072))
        #expect(values[262_144 + 131_073] == Double(262_144 + 131_073), "the copied neighbour is intact")
    }

    @Test("nothing to map (a part written here, parts too small, or of different dtypes): nil, the caller copies")
    func fallsBackToCopy() throws {
        let a = try Self.received(300_000, first: 0)
        let b = try Self.received(300_000, first: 300_000)
        let small = try Self.received(1000, first: 0)
        #expect(SegmentJoin.assembled([small, small]) == nil, "parts below 1 MiB are copied")
        let (a32, b32) = (try a.cast(to: .float32), try b.cast(to: .float32))
        #expect(SegmentJoin.assembled([a32, b32]) == nil, "not received segments")
        #expect(SegmentJoin.assembled([a, b32]) == nil, "different dtypes")
        #expect(SegmentJoin.assembled([a]) == nil, "one part needs no join")
        a.pointer.storeBytes(of: -1.0, toByteOffset: 0, as: Double.self)
        #expect(SegmentJoin.assembled([a, b]) == nil, "the first part was written here and the second is unaligned")
    }
}
