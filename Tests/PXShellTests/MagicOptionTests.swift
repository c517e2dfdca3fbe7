import ArgumentParser
@testable import PXShell
import Testing

@Suite("Magic options")
struct MagicOptionTests {
    @Test("%px options: every spelling of targets, blocking, grouping and streaming")
    func pxOptions() throws {
        let options = try MagicArguments.parse(PxOptions.self, "-t ::2 --noblock -e --no-stream -o r --local", magic: "px")
        #expect(options.targets == "::2")
        #expect(options.blocking == false)
        #expect(options.grouping == .engine)
        #expect(options.stream == false)
        #expect(options.out == "r")
        #expect(options.local)
        let defaults = try MagicArguments.parse(PxOptions.self, "", magic: "px")
        #expect(defaults.blocking == nil && defaults.grouping == nil && defaults.stream == nil)
    }

    @Test("a negative number after an option is its value")
    func negativeValues() throws {
        let options = try MagicArguments.parse(PxOptions.self, "--progress-after -1", magic: "pxconfig")
        #expect(options.progressAfter == -1)
    }

    @Test("bad options are one usage error naming the magic")
    func badOptions() {
        for (text, expected) in [("--bogus", "Unknown option '--bogus'"), ("--group-outputs=sideways", "'sideways' is invalid"),
                                 ("--progress-after soon", "'soon' is invalid")] {
            do {
                _ = try MagicArguments.parse(PxOptions.self, text, magic: "px")
                Issue.record("\(text) parsed")
            } catch {
                #expect("\(error)".hasPrefix("UsageError: %px: "))
                #expect("\(error)".contains(expected))
            }
        }
    }

    @Test("%px code after the options is kept verbatim")
    func codeAfterOptions() {
        let (words, rest) = MagicArguments.leadingOptions("--targets 1 -a print('a  b', x)", valued: ["--targets"])
        #expect(words == ["--targets", "1", "-a"])
        #expect(rest == "print('a  b', x)")
    }
}
