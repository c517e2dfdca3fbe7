#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - The methods of file objects

extension FileObject {
    func callMethod(_ method: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch method {
        case "read":
            try args.check("read", min: 0, max: 1)
            try checkReadable()
            return try read(size(args.positional.first))
        case "readline":
            try args.check("readline", min: 0, max: 1)
            try checkReadable()
            return try readLine(limit: size(args.positional.first))
        case "readlines":
            try args.check("readlines", min: 0, max: 1)
            try checkReadable()
            let hint = try size(args.positional.first)
            var lines: [Value] = [], total = 0
            while true {
                let line = try readLine(limit: -1)
                let count = length(line)
                if count == 0 { break }
                lines.append(line)
                total += count
                if hint > 0 && total >= hint { break }
            }
            return .list(lines)
        case "__next__":
            try args.check("__next__", min: 0, max: 0)
            try checkReadable()
            let line = try readLine(limit: -1)
            if length(line) == 0 { throw RuntimeError(ExceptionObject(type: BuiltinTypes.stopIteration, args: [])) }
            return line
        case "__iter__", "__enter__":
            try args.check(method, min: 0, max: 0)
            try checkOpen()
            return .object(self)
        case "__exit__":
            try closeFile()
            return Value.none
        case "write":
            try args.check("write", min: 1, max: 1)
            return .int(try write(args[0]))
        case "writelines":
            try args.check("writelines", min: 1, max: 1)
            try checkWritable()
            try Operations.iterate(args[0], vm) { line in
                _ = try write(line)
                return true
            }
            return Value.none
        case "seek":
            try args.check("seek", min: 1, max: 2)
            try checkOpen("seek of")
            return .int(try seek(StringMethods.integer(args[0]), whence: args.count > 1 ? StringMethods.integer(args[1]) : 0))
        case "tell":
            try args.check("tell", min: 0, max: 0)
            try checkOpen("tell of")
            return .int(try position())
        case "truncate":
            try args.check("truncate", min: 0, max: 1)
            try checkWritable()
            let size = try args.positional.first.flatMap { $0.isNone ? nil : try StringMethods.integer($0) } ?? position()
            try flushWrites()
            guard ftruncate(descriptor, off_t(size)) == 0 else { throw ExceptionFields.osError(errno: errno) }
            return .int(size)
        case "flush":
            try args.check("flush", min: 0, max: 0)
            try checkOpen("flush of")
            try flushWrites()
            return Value.none
        case "close":
            try args.check("close", min: 0, max: 0)
            try closeFile()
            return Value.none
        case "fileno":
            try checkOpen()
            return .int(Int(descriptor))
        case "isatty":
            try checkOpen()
            return .bool(isatty(descriptor) != 0)
        case "readable":
            try checkOpen()
            return .bool(mode.isReadable)
        case "writable":
            try checkOpen()
            return .bool(mode.isWritable)
        case "seekable":
            try checkOpen()
            return .bool(lseek(descriptor, 0, SEEK_CUR) >= 0)
        default:
            return nil
        }
    }

    /// A size argument: an int, or None for "all" (-1).
    private func size(_ v: Value?) throws -> Int {
        switch v {
        case nil, .none?: return -1
        case .int(let n)?: return n
        case .bool(let b)?: return b ? 1 : 0
        case let other?: throw RuntimeError.typeError("argument should be integer or None, not '\(other.typeName)'")
        }
    }

    private func length(_ v: Value) -> Int {
        switch v {
        case .str(let s): return StringIndexing.codePoints(s)
        case .bytes(let b): return b.count
        default: return 0
        }
    }

    // MARK: - Reading

    /// `read(size)`: `size` characters (text) or bytes (binary), or everything left when negative.
    func read(_ size: Int) throws -> Value {
        if isText {
            while size < 0 || decoded.count - decodedIndex < size {
                if try !decodeMore() { break }
            }
            let available = decoded.count - decodedIndex
            let n = size < 0 ? available : min(size, available)
            return .str(takeDecoded(n))
        }
        while size < 0 || readBuffer.count - readIndex < size {
            if try !fill() { break }
        }
        let available = readBuffer.count - readIndex
        let n = size < 0 ? available : min(size, available)
        defer { readIndex += n }
        return .bytes(Array(readBuffer[readIndex..<(readIndex + n)]))
    }

    /// `readline(limit)`: up to and including the next newline, at most `limit` characters or bytes when
    /// `limit` is not negative; empty at the end of the file.
    func readLine(limit: Int) throws -> Value {
        try checkReadable()
        if isText {
            var scanned = decodedIndex
            while true {
                while scanned < decoded.count, decoded[scanned] != "\n" { scanned += 1 }
                if scanned < decoded.count || (limit >= 0 && scanned - decodedIndex >= limit) { break }
                if try !decodeMore() { break }
            }
            var n = min(scanned + 1, decoded.count) - decodedIndex
            if limit >= 0 { n = min(n, limit) }
            return .str(takeDecoded(n))
        }
        var scanned = readIndex
        while true {
            while scanned < readBuffer.count, readBuffer[scanned] != 10 { scanned += 1 }
            if scanned < readBuffer.count || (limit >= 0 && scanned - readIndex >= limit) { break }
            let consumed = readIndex
            if try !fill() { break }
            scanned -= consumed - readIndex
        }
        var n = min(scanned + 1, readBuffer.count) - readIndex
        if limit >= 0 { n = min(n, limit) }
        defer { readIndex += n }
        return .bytes(Array(readBuffer[readIndex..<(readIndex + n)]))
    }

    /// Returns the next `n` decoded characters.
    private func takeDecoded(_ n: Int) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: decoded[decodedIndex..<(decodedIndex + n)])
        decodedIndex += n
        if decodedIndex == decoded.count {
            decoded.removeAll(keepingCapacity: true)
            decodedSizes.removeAll(keepingCapacity: true)
            decodedIndex = 0
        }
        return String(text)
    }

    /// Decodes more UTF-8 from the read buffer (reading a chunk when it runs dry), turning `\r\n` and `\r`
    /// into `\n`. Returns false at the end of the file with nothing more decoded.
    /// - Throws: `UnicodeDecodeError` for bytes that are not UTF-8.
    private func decodeMore() throws -> Bool {
        let before = decoded.count
        while decoded.count == before {
            let hadMore = try fill()
            var i = readIndex
            let bytes = readBuffer
            decodeLoop: while i < bytes.count {
                let lead = bytes[i]
                if lead == 13 {
                    if i + 1 < bytes.count {
                        let isPair = bytes[i + 1] == 10
                        decoded.append("\n")
                        decodedSizes.append(isPair ? 2 : 1)
                        i += isPair ? 2 : 1
                        continue
                    }
                    if !atEnd { break decodeLoop }
                    decoded.append("\n")
                    decodedSizes.append(1)
                    i += 1
                    continue
                }
                if lead < 0x80 {
                    decoded.append(Unicode.Scalar(lead))
                    decodedSizes.append(1)
                    i += 1
                    continue
                }
                let length: Int
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4: length = 4
                default: throw decodeError(lead, at: i, reason: "invalid start byte")
                }
                if i + length > bytes.count {
                    // A sequence cut by the end of the buffer: complete it first, unless the file ended.
                    for j in (i + 1)..<bytes.count where bytes[j] & 0xC0 != 0x80 {
                        throw decodeError(lead, at: i, reason: "invalid continuation byte")
                    }
                    if !atEnd { break decodeLoop }
                    throw decodeError(lead, at: i, reason: "unexpected end of data")
                }
                let sequence = bytes[i..<(i + length)]
                guard let scalar = FileObject.scalar(sequence) else {
                    throw decodeError(lead, at: i, reason: "invalid continuation byte")
                }
                decoded.append(scalar)
                decodedSizes.append(UInt8(length))
                i += length
            }
            readIndex = i
            if !hadMore && decoded.count == before { return false }
        }
        return true
    }

    /// The scalar a well-formed UTF-8 sequence encodes; nil when it is not well formed.
    private static func scalar(_ sequence: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var decoder = UTF8()
        var iterator = sequence.makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    private func decodeError(_ byte: UInt8, at index: Int, reason: String) -> RuntimeError {
        let offset = ((try? position()) ?? 0) + pendingDecodedBytes
        let hex = String(byte, radix: 16)
        return RuntimeError(BuiltinTypes.unicodeDecodeError, "'utf-8' codec can't decode byte 0x"
            + (hex.count < 2 ? "0" + hex : hex) + " in position \(offset + index - readIndex): \(reason)")
    }

    // MARK: - Writing and seeking

    /// `write(data)`: a str (text) or bytes (binary); returns the characters or bytes written.
    func write(_ data: Value) throws -> Int {
        try checkWritable()
        let bytes: [UInt8], count: Int
        if isText {
            guard case .str(let text) = data else {
                throw RuntimeError.typeError("write() argument must be str, not \(data.typeName)")
            }
            bytes = Array(text.utf8)
            count = StringIndexing.codePoints(text)
        } else {
            guard case .bytes(let b) = data else {
                throw RuntimeError.typeError("a bytes-like object is required, not '\(data.typeName)'")
            }
            bytes = b
            count = b.count
        }
        if readBuffer.count > readIndex || decodedIndex < decoded.count { discardReadAhead() }
        writeBuffer.append(contentsOf: bytes)
        if writeBuffer.count >= FileObject.chunkSize { try flushWrites() }
        return count
    }

    /// `seek(offset, whence)`; returns the new position.
    func seek(_ offset: Int, whence: Int) throws -> Int {
        if isText {
            if whence == 1 && offset != 0 { throw unsupported("can't do nonzero cur-relative seeks") }
            if whence == 2 && offset != 0 { throw unsupported("can't do nonzero end-relative seeks") }
        }
        guard (0...2).contains(whence) else {
            throw RuntimeError.valueError(isText ? "invalid whence (\(whence), should be 0, 1 or 2)"
                                          : "whence value \(whence) unsupported")
        }
        if whence == 0 && offset < 0 { throw RuntimeError.valueError("negative seek position \(offset)") }
        try flushWrites()
        let current = try position()
        discardReadAhead()
        let target: off_t
        switch whence {
        case 0: target = lseek(descriptor, off_t(offset), SEEK_SET)
        case 1: target = lseek(descriptor, off_t(current + offset), SEEK_SET)
        default: target = lseek(descriptor, off_t(offset), SEEK_END)
        }
        guard target >= 0 else { throw ExceptionFields.osError(errno: errno) }
        return Int(target)
    }
}
