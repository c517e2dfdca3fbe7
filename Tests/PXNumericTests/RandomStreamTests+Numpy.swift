import PXNumeric

/// The numpy cases of `RandomStreamTests`: the legacy `RandomState` and `default_rng`'s `Generator`.
extension RandomStreamTests {
    static func legacy(_ seed: Int) throws -> RandomState { try RandomState(seed: seed) }
    static func generator(_ seed: Int) throws -> RandomGenerator { try RandomGenerator(seed: seed) }

    static var legacyCases: [Case] {
        var all: [Case] = []
        for seed in [0, 1, 42, 12345, 0xFFFF_FFFF] {
            all += [
                c("legacy \(seed) random_sample", { try legacy(seed) }) { $0.randomSample() },
                c("legacy \(seed) randn", { try legacy(seed) }) { $0.gauss() },
                c("legacy \(seed) randint 10", { try legacy(seed) }) { try $0.randint(low: 0, high: 10, count: 1) },
            ]
        }
        for key in [[1, 2, 3], [0], [0xFFFF_FFFF, 5]] {
            all.append(c("legacy \(key) random_sample", { try RandomState(seedArray: key) }) { $0.randomSample() })
        }
        all += [
            c("legacy 3 normal 3 2", { try legacy(3) }) { $0.normal(loc: 3, scale: 2) },
            c("legacy 3 uniform -1 4", { try legacy(3) }) { $0.uniform(low: -1, range: 5) },
            c("legacy 3 randint -100 100", { try legacy(3) }) { try $0.randint(low: -100, high: 100, count: 1) },
            c("legacy 3 randint 2**32", { try legacy(3) }) { try $0.randint(low: 0, high: 1 << 32, count: 1) },
            c("legacy 3 randint 2**40", { try legacy(3) }) { try $0.randint(low: 0, high: 1 << 40, count: 1) },
            c("legacy 3 randint wide", { try legacy(3) }) { try $0.randint(low: -(1 << 62), high: 1 << 62, count: 1) },
            c("legacy 3 randint size 7", { try legacy(3) }) { try $0.randint(low: 5, high: 17, count: 7) },
            c("legacy 3 randint bool", { try legacy(3) }) { try $0.randintBool(low: 0, high: 2, count: 40) },
            c("legacy 3 randint int32", { try legacy(3) }) { try $0.randint32(low: -5, high: 5, count: 6) },
            c("legacy 4 permutation 10", { try legacy(4) }) { $0.permutation(10) },
            c("legacy 4 shuffle 20", { try legacy(4) }) { g in
                var x = Array(0..<20)
                g.shuffle(&x)
                return x
            },
            c("legacy 4 choice 10 5", { try legacy(4) }) { try $0.choice(10, 5, replace: true, nil) },
            c("legacy 4 choice 10 5 noreplace", { try legacy(4) }) { try $0.choice(10, 5, replace: false, nil) },
            c("legacy 4 choice p", { try legacy(4) }) { try $0.choice(5, 6, replace: true, p5) },
            c("legacy 4 choice p noreplace", { try legacy(4) }) { try $0.choice(5, 3, replace: false, p5) },
            c("legacy 6 mixed", { try legacy(6) }) { g -> [Drawn] in
                [.float(g.gauss()), .float(g.randomSample()), .float(g.gauss()),
                 .int(try g.randint(low: 0, high: 100, count: 1)[0]), .float(g.gauss())]
            },
        ]
        return all
    }

    static var generatorCases: [Case] {
        var all: [Case] = []
        for seed in [0, 1, 42, 12345, 1 << 32, Int.max] {
            all += [
                c("generator \(seed) random", { try generator(seed) }) { $0.random() },
                c("generator \(seed) standard_normal", { try generator(seed) }) { $0.standardNormal() },
                c("generator \(seed) integers 10", { try generator(seed) }) { try $0.integers(low: 0, high: 10, count: 1) },
            ]
        }
        all += [
            c("generator [1, 2, 3] random", { RandomGenerator(SeedSequence(entropyWords: [1, 2, 3])) }) { $0.random() },
            c("generator [1, 2, 3, 4, 5, 6] random", { RandomGenerator(SeedSequence(entropyWords: [1, 2, 3, 4, 5, 6])) }) {
                $0.random()
            },
            c("generator 3 random float32", { try generator(3) }) { $0.randomFloat32(3) },
            c("generator 0 standard_normal float32", { try generator(0) }) { $0.standardNormalFloat32() },
            c("generator 5 standard_normal float32", { try generator(5) }) { $0.standardNormalFloat32() },
            c("generator 3 normal 3 2", { try generator(3) }) { $0.normal(loc: 3, scale: 2) },
            c("generator 3 uniform -1 4", { try generator(3) }) { $0.uniform(low: -1, range: 5) },
            c("generator 3 integers -100 100", { try generator(3) }) { try $0.integers(low: -100, high: 100, count: 1) },
            c("generator 3 integers 2**32", { try generator(3) }) { try $0.integers(low: 0, high: 1 << 32, count: 1) },
            c("generator 3 integers 2**40", { try generator(3) }) { try $0.integers(low: 0, high: 1 << 40, count: 1) },
            c("generator 3 integers wide", { try generator(3) }) { try $0.integers(low: -(1 << 62), high: 1 << 62, count: 1) },
            c("generator 3 integers endpoint", { try generator(3) }) {
                try $0.integers(low: 0, high: 10, count: 1, endpoint: true)
            },
            c("generator 3 integers size 7", { try generator(3) }) { try $0.integers(low: 5, high: 17, count: 7) },
            c("generator 3 integers bool", { try generator(3) }) { try $0.integersBool(low: 0, high: 2, count: 40) },
            c("generator 3 integers int32", { try generator(3) }) { try $0.integers32(low: -5, high: 5, count: 6) },
            c("generator 3 mixed", { try generator(3) }) { g -> [Drawn] in
                [.int(try g.integers(low: 0, high: 7, count: 1)[0]), .float(g.random()),
                 .int(try g.integers(low: 0, high: 1000, count: 1)[0]), .float(g.standardNormal()),
                 .int(try g.integers(low: 0, high: 3, count: 1)[0])]
            },
            c("generator 4 permutation 10", { try generator(4) }) { $0.permutation(10) },
            c("generator 4 shuffle 20", { try generator(4) }) { g in
                var x = Array(0..<20)
                g.shuffle(&x)
                return x
            },
            c("generator 4 choice 10 5", { try generator(4) }) { try $0.choice(10, 5, replace: true, nil) },
            c("generator 4 choice 10 5 noreplace", { try generator(4) }) { try $0.choice(10, 5, replace: false, nil) },
            c("generator 4 choice 10 5 noreplace unshuffled", { try generator(4) }) {
                try $0.choice(10, 5, replace: false, nil, shuffled: false)
            },
            c("generator 4 choice 20000 100 noreplace", { try generator(4) }) { try $0.choice(20000, 100, replace: false, nil) },
            c("generator 4 choice 20000 1000 noreplace", { try generator(4) }) {
                try $0.choice(20000, 1000, replace: false, nil)
            },
            c("generator 4 choice p", { try generator(4) }) { try $0.choice(5, 6, replace: true, p5) },
            c("generator 4 choice p noreplace", { try generator(4) }) { try $0.choice(5, 3, replace: false, p5) },
        ]
        return all
    }
}

extension RandomState {
    mutating func choice(_ n: Int, _ count: Int, replace: Bool, _ p: [Double]?) throws -> [Int] {
        try choiceIndices(population: n, fromInt: true, count: count, replace: replace, probabilities: p,
                          tolerance: 1.4901161193847656e-08)
    }
}

extension RandomGenerator {
    mutating func choice(_ n: Int, _ count: Int, replace: Bool, _ p: [Double]?, shuffled: Bool = true) throws -> [Int] {
        try choiceIndices(population: n, fromInt: true, count: count, replace: replace, probabilities: p,
                          tolerance: 1.4901161193847656e-08, shuffled: shuffled)
    }
}
