import PXTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Runs session text through the built `swiftpx` with two engines (with `environment` added to this process's) and
/// returns its output.
enum Session {
    static func run(_ text: String, arguments: [String] = ["-n", "2", "--echo"], timeout: Double = 120,
                    environment: [String: String] = [:]) -> ProcessRunner.TimedResult
    {
        var template = Array("/tmp/swiftpx-parallel-XXXXXX".utf8CString)
        let directory: String = template.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return "/tmp" }
            return String(cString: base)
        }
        let path = directory + "/session.px"
        if let file = fopen(path, "w") {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            fclose(file)
        }
        defer {
            unlink(path)
            rmdir(directory)
        }
        return ProcessRunner.run(ProcessRunner.swiftpxExecutable, arguments, stdinPath: path,
                                 environment: environment.merging(["SWIFTPX_DIR": directory]) { $1 }, timeout: timeout)
    }
}
