import Foundation

/// A fresh directory under the system's temporary directory, removed with
/// everything in it when the value is released.
public final class TemporaryDirectory {
    /// The directory's absolute path.
    public let path: String

    /// Creates the directory.
    /// - Parameter prefix: The start of its name. Default: `"pxtest"`.
    /// - Throws: `ProcessRunner.Failure` if it cannot be created.
    public init(prefix: String = "pxtest") throws(ProcessRunner.Failure) {
        var base = NSTemporaryDirectory()
        while base.hasSuffix("/") {
            base.removeLast()
        }
        var template = Array("\(base)/\(prefix)-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }
        }
        guard let created else {
            throw ProcessRunner.Failure(description: "mkdtemp failed (errno \(errno))")
        }
        path = String(cString: created)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The path of `name` inside the directory.
    public func file(_ name: String) -> String {
        "\(path)/\(name)"
    }
}
