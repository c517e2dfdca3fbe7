#if canImport(Glibc)
import Glibc
private let posixRead = Glibc.read
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let posixRead = Darwin.read
private let posixWrite = Darwin.write
#endif

/// A file opened by `open()`: text (`TextIOWrapper`, UTF-8, universal newlines on reading) or binary
/// (`BufferedReader`, `BufferedWriter`, `BufferedRandom`), over a POSIX file descriptor with its own read and
/// write buffers.
///
/// Reading decodes as it goes: `read(5)` of a large file reads one chunk, and iterating a file yields one line
/// at a time.
final class FileObject: NativeObject {
    /// `io.UnsupportedOperation`, both an `OSError` and a `ValueError`.
    static let unsupportedOperation = TypeObject(name: "UnsupportedOperation",
                                                 bases: [BuiltinTypes.osError, BuiltinTypes.valueError], module: "io")
    static let textType = TypeObject(name: "TextIOWrapper", module: "_io")
    static let readerType = TypeObject(name: "BufferedReader", module: "_io")
    static let writerType = TypeObject(name: "BufferedWriter", module: "_io")
    static let randomType = TypeObject(name: "BufferedRandom", module: "_io")
    static let chunkSize = 65536

    /// What `open` was given as the file (`f.name`).
    let name: Value
    let mode: FileMode
    /// The encoding as given, or `UTF-8`.
    let encoding: String
    private(set) var descriptor: Int32
    private(set) var isClosed = false
    /// Bytes read from the descriptor and not yet returned (binary) or decoded (text), from `readIndex`.
    var readBuffer: [UInt8] = []
    var readIndex = 0
    /// Whether the descriptor reported the end of the file.
    var atEnd = false
    /// Decoded characters not yet returned (text), from `decodedIndex`, with the bytes each came from.
    var decoded: [Unicode.Scalar] = []
    var decodedSizes: [UInt8] = []
    var decodedIndex = 0
    /// Bytes written and not yet handed to the descriptor.
    var writeBuffer: [UInt8] = []
    /// A path removed when the file is closed (`tempfile.NamedTemporaryFile`).
    var removesOnClose: String?

    /// Opens a file.
    /// - Throws: `OSError` subclasses (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
    init(path: String, name: Value, mode: FileMode, encoding: String?) throws {
        self.name = name
        self.mode = mode
        self.encoding = encoding ?? "UTF-8"
        let fd = open(path, mode.flags, 0o666)
        guard fd >= 0 else { throw ExceptionFields.osError(errno: errno, filename: path) }
        if let info = FileSystem.status(path), info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw ExceptionFields.osError(errno: EISDIR, filename: path)
        }
        descriptor = fd
        if mode.kind == .append { lseek(fd, 0, SEEK_END) }
    }

    deinit {
        if !isClosed {
            try? flushWrites()
            close(descriptor)
            if let path = removesOnClose { unlink(path) }
        }
    }

    var isText: Bool { !mode.isBinary }

    var pythonType: TypeObject {
        if isText { return FileObject.textType }
        if mode.isUpdating { return FileObject.randomType }
        return mode.kind == .read ? FileObject.readerType : FileObject.writerType
    }

    var attributeNames: [String] {
        var names = ["close", "closed", "fileno", "flush", "isatty", "mode", "name", "read", "readable", "readline",
                     "readlines", "seek", "seekable", "tell", "truncate", "writable", "write", "writelines",
                     "__enter__", "__exit__", "__iter__", "__next__"]
        if isText { names += ["encoding", "errors", "newlines"] }
        return names.sorted()
    }

    func repr(_ interpreter: Interpreter?) -> String {
        let shown = "name=\(ValueFormatter.repr(name, interpreter))"
        if isText { return "<_io.TextIOWrapper \(shown) mode='\(mode.text)' encoding='\(encoding)'>" }
        return "<_io.\(mode.className) \(shown)>"
    }

    func attribute(_ attribute: String, _ interpreter: Interpreter) throws -> Value? {
        switch attribute {
        case "name": return name
        case "mode": return .str(isText ? mode.text : mode.binaryText)
        case "closed": return .bool(isClosed)
        case "encoding" where isText: return .str(encoding)
        case "errors" where isText: return .str("strict")
        case "newlines" where isText: return Value.none
        case "line_buffering" where isText: return .bool(false)
        default: return nil
        }
    }

    // MARK: - Checks

    /// `ValueError: I/O operation on closed file.` (binary files say which operation).
    func checkOpen(_ operation: String = "") throws {
        guard isClosed else { return }
        if isText || operation.isEmpty { throw RuntimeError.valueError("I/O operation on closed file.") }
        throw RuntimeError.valueError("\(operation) closed file")
    }

    func unsupported(_ text: String) -> RuntimeError {
        RuntimeError(ExceptionFields.make(FileObject.unsupportedOperation, Arguments([.str(text)])))
    }

    func checkReadable() throws {
        try checkOpen("read of")
        guard mode.isReadable else { throw unsupported(isText ? "not readable" : "read") }
    }

    func checkWritable() throws {
        try checkOpen("write to")
        guard mode.isWritable else { throw unsupported(isText ? "not writable" : "write") }
    }

    // MARK: - The descriptor

    /// Reads up to one chunk from the descriptor into the read buffer; false at the end of the file.
    @discardableResult
    func fill() throws -> Bool {
        if atEnd { return false }
        try flushWrites()
        if readIndex > 0 && readIndex >= readBuffer.count / 2 {
            readBuffer.removeFirst(readIndex)
            readIndex = 0
        }
        var chunk = [UInt8](repeating: 0, count: FileObject.chunkSize)
        while true {
            let n = chunk.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ExceptionFields.osError(errno: errno)
            }
            if n == 0 {
                atEnd = true
                return false
            }
            readBuffer.append(contentsOf: chunk[0..<n])
            return true
        }
    }

    /// Writes the write buffer to the descriptor.
    func flushWrites() throws {
        guard !writeBuffer.isEmpty else { return }
        var offset = 0
        while offset < writeBuffer.count {
            let n = writeBuffer.withUnsafeBytes { raw in
                posixWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                writeBuffer.removeAll()
                throw ExceptionFields.osError(errno: errno)
            }
            offset += n
        }
        writeBuffer.removeAll(keepingCapacity: true)
    }

    /// Drops what was read ahead, moving the descriptor back to the position the program has reached.
    func discardReadAhead() {
        let ahead = readBuffer.count - readIndex + pendingDecodedBytes
        if ahead > 0 { lseek(descriptor, off_t(-ahead), SEEK_CUR) }
        readBuffer.removeAll()
        readIndex = 0
        decoded.removeAll()
        decodedSizes.removeAll()
        decodedIndex = 0
        atEnd = false
    }

    /// The bytes of the decoded characters not yet returned.
    var pendingDecodedBytes: Int {
        var total = 0
        for i in decodedIndex..<decodedSizes.count { total += Int(decodedSizes[i]) }
        return total
    }

    /// The position in bytes the program has reached (`tell()`).
    func position() throws -> Int {
        let at = lseek(descriptor, 0, SEEK_CUR)
        guard at >= 0 else { throw ExceptionFields.osError(errno: errno) }
        return Int(at) - (readBuffer.count - readIndex) - pendingDecodedBytes + writeBuffer.count
    }

    /// `close()`: writes what is buffered and closes the descriptor; closing again does nothing.
    func closeFile() throws {
        guard !isClosed else { return }
        defer {
            close(descriptor)
            isClosed = true
            if let path = removesOnClose { unlink(path) }
            readBuffer = []
            decoded = []
            decodedSizes = []
        }
        try flushWrites()
    }

    // MARK: - Protocols of the language

    func makeIterator(_ interpreter: Interpreter) throws -> IteratorObject {
        try checkOpen()
        return IteratorObject(type: pythonType) { [self] in
            let line = try readLine(limit: -1)
            switch line {
            case .str(let s) where s.isEmpty: return nil
            case .bytes(let b) where b.isEmpty: return nil
            default: return line
            }
        }
    }

    func enter(_ interpreter: Interpreter) throws -> Value {
        try checkOpen()
        return .object(self)
    }

    func exit(_ interpreter: Interpreter) throws {
        try closeFile()
    }
}
