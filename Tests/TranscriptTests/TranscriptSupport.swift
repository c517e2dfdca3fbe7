import PXRuntime
import PXTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs a session file through `swiftpx --echo` and compares the masked output with a golden transcript.
///
/// `RECORD_TRANSCRIPTS=1` rewrites the golden file and fails the test, so recording is never silent.
enum Transcript {
    static let root = ProcessRunner.packageRoot(from: #filePath)

    static func read(_ path: String) -> String? {
        TextFile.read(path)
    }

    static func write(_ path: String, _ text: String) {
        guard let file = fopen(path, "w") else { return }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    }

    static func files(in directory: String, suffix: String) -> [String] {
        TextFile.names(in: directory, endingWith: suffix)
    }

    /// Runs `session` and returns the masked transcript, ending with the exit status.
    static func run(_ session: String, arguments: [String] = ["--echo", "-n", "2"], directory: String? = nil) -> String {
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, arguments, stdinPath: session,
                                       environment: ["SWIFTPX_DIR": temporaryStateDirectory()],
                                       directory: directory ?? root + "/sessions", timeout: 300)
        return TranscriptFilter.mask(result.output) + "[exit status \(result.status)]\n"
    }

    static func temporaryStateDirectory() -> String {
        var template = Array("/tmp/swiftpx-test-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return "/tmp" }
            return String(cString: base)
        }
    }

    /// Compares `actual` with the golden file, or records it when `RECORD_TRANSCRIPTS=1`.
    static func assertMatches(_ actual: String, golden: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if getenv("RECORD_TRANSCRIPTS") != nil {
            write(golden, actual)
            Issue.record("recorded \(golden); run again without RECORD_TRANSCRIPTS", sourceLocation: sourceLocation)
            return
        }
        guard let expected = read(golden) else {
            Issue.record("missing golden transcript \(golden) (record it with RECORD_TRANSCRIPTS=1)",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("transcript differs from \(golden):\n\(lineDiff(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// A minimal line diff: the first differing lines with context.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        var shown = 0
        for i in 0..<max(a.count, b.count) where shown < 20 {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < b.count ? String(b[i]) : "<end>"
            if x != y {
                out.append("line \(i + 1):\n- \(x)\n+ \(y)")
                shown += 1
            }
        }
        return out.joined(separator: "\n")
    }
}
