#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The mode string of `open()` (`r w a x + b t`), checked as CPython checks it.
struct FileMode {
    enum Kind {
        case read, write, append, create
    }

    /// Which of `r`, `w`, `a`, `x` the mode has.
    let kind: Kind
    /// `+`: open for reading and writing.
    let isUpdating: Bool
    /// `b`: bytes in and out; otherwise text.
    let isBinary: Bool
    /// The mode as given (what a text file's `mode` attribute shows).
    let text: String

    /// Parses a mode string.
    /// - Throws: `ValueError: invalid mode: 'q'` and CPython's other texts for impossible combinations.
    init(_ text: String) throws {
        var seen = Set<Character>()
        for c in text {
            guard "rwaxbt+".contains(c), seen.insert(c).inserted else {
                throw RuntimeError.valueError("invalid mode: '\(text)'")
            }
        }
        let kinds: [(Character, Kind)] = [("r", .read), ("w", .write), ("a", .append), ("x", .create)]
        let chosen = kinds.filter { seen.contains($0.0) }
        if seen.contains("b") && seen.contains("t") {
            throw RuntimeError.valueError("can't have text and binary mode at once")
        }
        guard chosen.count == 1 else {
            throw RuntimeError.valueError("must have exactly one of create/read/write/append mode")
        }
        kind = chosen[0].1
        isUpdating = seen.contains("+")
        isBinary = seen.contains("b")
        self.text = text
    }

    var isReadable: Bool { kind == .read || isUpdating }
    var isWritable: Bool { kind != .read || isUpdating }

    /// The flags for `open(2)`.
    var flags: Int32 {
        var flags: Int32 = isUpdating ? O_RDWR : (kind == .read ? O_RDONLY : O_WRONLY)
        switch kind {
        case .read: break
        case .write: flags |= O_CREAT | O_TRUNC
        case .append: flags |= O_CREAT | O_APPEND
        case .create: flags |= O_CREAT | O_EXCL
        }
        return flags | O_CLOEXEC
    }

    /// The mode a binary file reports (`rb`, `wb`, `ab+`), as `FileIO` normalizes it.
    var binaryText: String {
        let letter: String
        switch kind {
        case .read: letter = "r"
        case .write: letter = "w"
        case .append: letter = "a"
        case .create: letter = "x"
        }
        return letter + "b" + (isUpdating ? "+" : "")
    }

    /// The class name of a file opened in this mode (`TextIOWrapper`, `BufferedReader`, …).
    var className: String {
        if !isBinary { return "TextIOWrapper" }
        if isUpdating { return "BufferedRandom" }
        return kind == .read ? "BufferedReader" : "BufferedWriter"
    }
}
