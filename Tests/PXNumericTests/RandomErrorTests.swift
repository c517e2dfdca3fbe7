import PXNumeric
import Testing

/// Bad arguments raise the reference's exception class and text (the `error …` lines of `Oracle/streams.txt`).
@Suite("Random stream errors against CPython and numpy")
struct NumericErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let run: @Sendable () throws -> Void
        var testDescription: String { name }
    }

    static let p3 = [0.5, 0.5, 0.5]

    static func legacy() -> RandomState { PXNumeric.RandomState(entropy: [0]) }
    static func generator() -> RandomGenerator { RandomGenerator(SeedSequence(entropy: 0)) }

    static func legacyChoice(_ n: Int, _ count: Int, fromInt: Bool = true, replace: Bool = true, _ p: [Double]? = nil)
        throws(NumericError)
    {
        var g = legacy()
        _ = try g.choiceIndices(population: n, fromInt: fromInt, count: count, replace: replace, probabilities: p,
                                tolerance: 1.4901161193847656e-08)
    }

    static func generatorChoice(_ n: Int, _ count: Int, fromInt: Bool = true, replace: Bool = true, _ p: [Double]? = nil)
        throws(NumericError)
    {
        var g = generator()
        _ = try g.choiceIndices(population: n, fromInt: fromInt, count: count, replace: replace, probabilities: p,
                                tolerance: 1.4901161193847656e-08)
    }

    static let cases: [Case] = [
        Case(name: "error python randrange 0") { var g = PythonRandom(seed: 0); _ = try g.randrange(0) },
        Case(name: "error python randrange 5 5") { var g = PythonRandom(seed: 0); _ = try g.randrange(5, 5) },
        Case(name: "error python randrange step 0") { var g = PythonRandom(seed: 0); _ = try g.randrange(0, 10, step: 0) },
        Case(name: "error python randrange empty step") { var g = PythonRandom(seed: 0); _ = try g.randrange(10, 0, step: 2) },
        Case(name: "error python randint 3 1") { var g = PythonRandom(seed: 0); _ = try g.randint(3, 1) },
        Case(name: "error python sample 3 5") { var g = PythonRandom(seed: 0); _ = try g.sampleIndices(population: 3, count: 5) },
        Case(name: "error python choices zero") {
            var g = PythonRandom(seed: 0)
            _ = try g.choiceIndices(cumulativeWeights: [0, 0], count: 1)
        },
        Case(name: "error python choices infinite") {
            var g = PythonRandom(seed: 0)
            _ = try g.choiceIndices(cumulativeWeights: [1, .infinity], count: 1)
        },
        Case(name: "error legacy seed -1") { _ = try PXNumeric.RandomState(seed: -1) },
        Case(name: "error legacy seed 2**32") { _ = try PXNumeric.RandomState(seed: 1 << 32) },
        Case(name: "error legacy seed []") { _ = try PXNumeric.RandomState(seedArray: []) },
        Case(name: "error legacy seed [2**32]") { _ = try PXNumeric.RandomState(seedArray: [1, 1 << 32]) },
        Case(name: "error legacy randint 5 3") { var g = legacy(); _ = try g.randint(low: 5, high: 3, count: 1) },
        Case(name: "error legacy randint 0") { var g = legacy(); _ = try g.randint(low: 0, high: 0, count: 1) },
        Case(name: "error legacy randint bool high") { var g = legacy(); _ = try g.randintBool(low: 0, high: 3, count: 1) },
        Case(name: "error legacy randint bool low") { var g = legacy(); _ = try g.randintBool(low: -1, high: 2, count: 1) },
        Case(name: "error legacy randint int32 high") {
            var g = legacy()
            _ = try g.randint32(low: 0, high: (1 << 31) + 1, count: 1)
        },
        Case(name: "error legacy choice 0") { try legacyChoice(0, 1) },
        Case(name: "error legacy choice empty") { try legacyChoice(0, 1, fromInt: false) },
        Case(name: "error legacy choice too many") { try legacyChoice(3, 5, replace: false) },
        Case(name: "error legacy choice p size") { try legacyChoice(3, 1, [0.5, 0.5]) },
        Case(name: "error legacy choice p sum") { try legacyChoice(3, 1, p3) },
        Case(name: "error legacy choice p negative") { try legacyChoice(3, 1, [-0.5, 1, 0.5]) },
        Case(name: "error legacy choice p nan") { try legacyChoice(3, 1, [.nan, 0.5, 0.5]) },
        Case(name: "error legacy choice p nonzero") { try legacyChoice(5, 3, replace: false, [0.5, 0.5, 0, 0, 0]) },
        Case(name: "error generator seed -1") { _ = try RandomGenerator(seed: -1) },
        Case(name: "error generator integers 5 3") { var g = generator(); _ = try g.integers(low: 5, high: 3, count: 1) },
        Case(name: "error generator integers 0") { var g = generator(); _ = try g.integers(low: 0, high: 0, count: 1) },
        Case(name: "error generator integers endpoint 5 3") {
            var g = generator()
            _ = try g.integers(low: 5, high: 3, count: 1, endpoint: true)
        },
        Case(name: "error generator integers endpoint -1") {
            var g = generator()
            _ = try g.integers(low: 0, high: -1, count: 1, endpoint: true)
        },
        Case(name: "error generator integers bool high") { var g = generator(); _ = try g.integersBool(low: 0, high: 5, count: 1) },
        Case(name: "error generator integers int32 low") {
            var g = generator()
            _ = try g.integers32(low: -(1 << 31) - 1, high: 0, count: 1)
        },
        Case(name: "error generator choice 0") { try generatorChoice(0, 1) },
        Case(name: "error generator choice empty") { try generatorChoice(0, 1, fromInt: false) },
        Case(name: "error generator choice too many") { try generatorChoice(3, 5, replace: false) },
        Case(name: "error generator choice p size") { try generatorChoice(3, 1, [0.5, 0.5]) },
        Case(name: "error generator choice p sum") { try generatorChoice(3, 1, p3) },
        Case(name: "error generator choice p negative") { try generatorChoice(3, 1, [-0.5, 1, 0.5]) },
        Case(name: "error generator choice p nan") { try generatorChoice(3, 1, [.nan, 0.5, 0.5]) },
        Case(name: "error generator choice p nonzero") { try generatorChoice(5, 3, replace: false, [0.5, 0.5, 0, 0, 0]) },
    ]

    @Test("every error case of the oracle is checked")
    func allCovered() {
        let names = Set(RandomStreamTests.oracle.cases.keys.filter { $0.hasPrefix("error ") })
        #expect(names == Set(Self.cases.map(\.name)))
    }

    @Test("raises the reference's error", arguments: cases)
    func raises(_ testCase: Case) throws {
        let fields = try #require(RandomStreamTests.oracle.cases[testCase.name])
        #expect(fields.first == "E")
        var raised: String?
        do {
            try testCase.run()
        } catch let error as NumericError {
            raised = error.description
        } catch {
            raised = "\(error)"
        }
        #expect(raised == fields.dropFirst().first)
    }
}
