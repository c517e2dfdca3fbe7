import PXTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Exiting the shell, in any way, leaves no engine process behind.
@Suite("Clean exit", .serialized)
struct CleanExitTests {
    /// Whether a process exists (and is not a zombie).
    static func alive(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let file = fopen("/proc/\(pid)/stat", "r") else { return false }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 512)
        guard fgets(&buffer, 512, file) != nil else { return false }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return false }
        let state = text[text.index(close, offsetBy: 2)]
        return state != "Z"
    }

    /// Engine pids printed by a session as `PIDS a b`.
    static func pids(in output: String) -> [Int32] {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("PIDS ") }) else { return [] }
        return line.split(separator: " ").dropFirst().compactMap { Int32($0) }
    }

    static func waitGone(_ pids: [Int32]) -> Bool {
        for _ in 0..<200 {
            if !pids.contains(where: alive) { return true }
            usleep(10_000)
        }
        return false
    }

    static let printPids = "import ipyparallel as ipp\nimport os\nrc = ipp.Client()\nprint('PIDS', *rc[:].apply_sync(os.getpid))\n"

    @Test("end of input")
    func endOfInput() {
        let result = Session.run(CleanExitTests.printPids)
        let pids = CleanExitTests.pids(in: result.output)
        #expect(pids.count == 2, "\(result.output)")
        #expect(CleanExitTests.waitGone(pids))
    }

    @Test("quit() and %quit in the middle of a session")
    func quit() {
        for command in ["quit()", "%quit"] {
            let result = Session.run(CleanExitTests.printPids + command + "\nprint('not reached')\n")
            #expect(!result.output.contains("not reached"))
            #expect(CleanExitTests.waitGone(CleanExitTests.pids(in: result.output)))
        }
    }

    @Test("the shell killed with SIGKILL: engines notice the closed connection and exit")
    func killed() {
        let result = Session.run(CleanExitTests.printPids + "os.kill(os.getpid(), 9)\n")
        #expect(result.status == 128 + 9)
        #expect(CleanExitTests.waitGone(CleanExitTests.pids(in: result.output)))
    }
}
