import PXNumeric
import Testing

/// Every stream gives the reference's exact values: the outputs of the first five calls and of the N-th
/// (10,000 unless the case says otherwise), against `Oracle/streams.txt` (CPython 3.11 and numpy 2.4.6).
@Suite("Random streams against CPython and numpy")
struct RandomStreamTests {
    static let oracle = OracleFile("streams.txt")

    /// A case: its oracle name and a maker of its call.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let make: @Sendable () throws -> () throws -> [Drawn]
        var testDescription: String { name }
    }

    static func python(_ seed: Int) -> PythonRandom { PythonRandom(seed: seed) }

    static func c<G, V: DrawnConvertible>(
        _ name: String, _ make: @escaping @Sendable () throws -> G, _ call: @escaping @Sendable (inout G) throws -> V
    ) -> Case {
        Case(name: name) {
            var generator = try make()
            return { try call(&generator).drawn }
        }
    }

    static let p5 = [0.1, 0.2, 0.3, 0.15, 0.25]

    static var cases: [Case] {
        var all: [Case] = []
        let pythonSeeds: [(String, @Sendable () -> PythonRandom)] = [
            ("0", { python(0) }), ("1", { python(1) }), ("42", { python(42) }), ("-7", { python(-7) }),
            ("2147483648", { python(1 << 31) }), ("4294967295", { python(0xFFFF_FFFF) }),
            ("4294967296", { python(1 << 32) }), ("1099511627779", { python((1 << 40) + 3) }),
            ("9223372036854775807", { python(Int.max) }),
            ("'hello'", { PythonRandom(seedBytes: Array("hello".utf8)) }), ("''", { PythonRandom(seedBytes: []) }),
            ("b'\\x00bytes'", { PythonRandom(seedBytes: [0] + Array("bytes".utf8)) }),
            ("'ünï'", { PythonRandom(seedBytes: Array("ünï".utf8)) }),
        ]
        for (label, make) in pythonSeeds { all.append(c("python \(label) random", make) { $0.random() }) }
        for k in [1, 7, 31, 32, 33, 53, 64, 100, 200] {
            all.append(c("python 42 getrandbits \(k)", { python(42) }) { $0.randomWords(bits: k) })
        }
        all += [
            c("python 42 randrange 10", { python(42) }) { try $0.randrange(10) },
            c("python 7 randrange 1000000007", { python(7) }) { try $0.randrange(1_000_000_007) },
            c("python 7 randrange -5 20 3", { python(7) }) { try $0.randrange(-5, 20, step: 3) },
            c("python 7 randrange 20 -5 -4", { python(7) }) { try $0.randrange(20, -5, step: -4) },
            c("python 3 randint 1 6", { python(3) }) { try $0.randint(1, 6) },
            c("python 3 randint wide", { python(3) }) { try $0.randint(-(1 << 62), 1 << 62) },
            c("python 3 randint full", { python(3) }) { try $0.randint(Int.min, Int.max) },
            c("python 5 shuffle 20", { python(5) }) { g in
                var x = Array(0..<20)
                g.shuffle(&x)
                return x
            },
            c("python 5 sample 50 10", { python(5) }) { try $0.sampleIndices(population: 50, count: 10) },
            c("python 5 sample 100 10", { python(5) }) { try $0.sampleIndices(population: 100, count: 10) },
            c("python 5 sample 1000000 5", { python(5) }) { try $0.sampleIndices(population: 1_000_000, count: 5) },
            c("python 5 sample 30 30", { python(5) }) { try $0.sampleIndices(population: 30, count: 30) },
            c("python 9 choices 10 3", { python(9) }) { $0.choiceIndices(population: 10, count: 3) },
            c("python 9 choices weighted", { python(9) }) {
                try $0.choiceIndices(cumulativeWeights: [1, 3, 6, 6.5, 10], count: 3)
            },
            c("python 11 uniform -3 7", { python(11) }) { $0.uniform(-3, 7) },
            c("python 11 gauss", { python(11) }) { $0.gauss() },
            c("python 11 gauss 5 2", { python(11) }) { $0.gauss(mu: 5, sigma: 2) },
            c("python 11 normalvariate", { python(11) }) { $0.normalVariate() },
            c("python 11 normalvariate 5 2", { python(11) }) { $0.normalVariate(mu: 5, sigma: 2) },
            c("python 11 expovariate 1.5", { python(11) }) { $0.exponentialVariate(1.5) },
            c("python 11 triangular 0 10 3", { python(11) }) { $0.triangular(low: 0, high: 10, mode: 3) },
            c("python 11 triangular", { python(11) }) { $0.triangular() },
            c("python 13 mixed", { python(13) }) { g -> [Drawn] in
                [.float(g.gauss()), .float(g.random()), .float(g.gauss()), .int(try g.randrange(100)), .float(g.gauss())]
            },
        ]
        return all + legacyCases + generatorCases
    }

    @Test("the oracle file is there")
    func oracleExists() {
        #expect(Self.oracle.cases.count >= 100)
        let streams = Set(Self.oracle.cases.keys.filter { !$0.hasPrefix("error ") })
        #expect(streams == Set(Self.cases.map(\.name)), "every stream of the oracle is checked")
    }

    @Test("matches the reference", arguments: cases)
    func matches(_ testCase: Case) throws {
        let fields = try #require(Self.oracle.cases[testCase.name], "no oracle line for \(testCase.name)")
        let calls = try #require(fields.first.flatMap { Int($0) })
        let expectedDigest = try #require(fields.dropFirst().first.flatMap { UInt64($0) })
        let expected = fields.dropFirst(2).map { $0.split(separator: " ").compactMap { Drawn(token: String($0)) } }
        let call = try testCase.make()
        var shown: [[Drawn]] = []
        var digest: UInt64 = 0
        for i in 0..<calls {
            let value = try call()
            for drawn in value { digest = (digest &* 0x1_0000_0001_B3) ^ drawn.bits }
            if i < 5 || i == calls - 1 { shown.append(value) }
        }
        #expect(shown == Array(expected))
        #expect(digest == expectedDigest, "a value between the ones shown differs")
    }
}
