import PXRuntime
import PXTestSupport
import Testing

/// The `random` module and numpy's global `np.random` functions print exactly what python3 printed for the same
/// seeded programs (`RandomOracle/NAME.py`, expected output in `NAME.out`, written by
/// `Tests/PXNumericTests/Oracle/regenerate.sh`).
@Suite("random and np.random against python3")
struct RandomOracleTests {
    static let directory = ProcessRunner.packageRoot(from: #filePath) + "/Tests/PXRuntimeTests/RandomOracle"

    static var programs: [String] {
        TextFile.names(in: directory, endingWith: ".py").map { String($0.dropLast(3)) }
    }

    @Test("the programs are there")
    func programsExist() {
        #expect(Self.programs.count >= 5)
    }

    @Test("prints what python3 printed", arguments: programs)
    func matches(name: String) throws {
        let source = try #require(TextFile.read("\(Self.directory)/\(name).py"))
        let expected = try #require(TextFile.read("\(Self.directory)/\(name).out"))
        #expect(evaluate(source) == expected)
    }

    @Test("random.seed(42); random.random() is CPython's first value")
    func famousValue() {
        #expect(evaluate("import random\nrandom.seed(42)\nprint(random.random())") == "0.6394267984578837\n")
    }
}
