/// Text ↔ bytes in the encodings programs name most (UTF-8, ASCII, Latin-1), with the `strict`, `replace` and
/// `ignore` error handlers and CPython's error messages.
enum Codecs {
    /// The canonical name of an encoding (`UTF8`, `utf_8` and `utf-8` are one), as the error messages show it.
    static func canonicalName(_ name: String) -> String {
        switch name.lowercased().replacingUnderscores {
        case "utf-8", "utf8", "u8": return "utf-8"
        case "ascii", "us-ascii": return "ascii"
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1": return "latin-1"
        default: return name
        }
    }

    /// `bytes.decode`.
    /// - Throws: `LookupError` for an unknown encoding, `UnicodeDecodeError` (strict) for bytes it cannot read.
    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        switch encoding {
        case "latin-1":
            var view = String.UnicodeScalarView()
            for byte in b { view.append(Unicode.Scalar(byte)) }
            return String(view)
        case "ascii":
            var view = String.UnicodeScalarView()
            for (i, byte) in b.enumerated() {
                if byte < 0x80 {
                    view.append(Unicode.Scalar(byte))
                } else if errors == "replace" {
                    view.append("\u{FFFD}")
                } else if errors != "ignore" {
                    throw decodeError("ascii", byte, i, "ordinal not in range(128)")
                }
            }
            return String(view)
        case "utf-8":
            return try decodeUTF8(b, errors: errors)
        default:
            throw RuntimeError(BuiltinTypes.lookupError, "unknown encoding: \(encoding)")
        }
    }

    /// UTF-8 with CPython's reasons for an invalid byte; `replace` and `ignore` treat each maximal invalid
    /// subpart as one error, as CPython does.
    static func decodeUTF8(_ b: [UInt8], errors: String) throws -> String {
        var view = String.UnicodeScalarView()
        var i = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 {
                view.append(Unicode.Scalar(lead))
                i += 1
                continue
            }
            let (length, low, high): (Int, UInt8, UInt8)
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            default:
                try invalid(&view, errors, lead, i, "invalid start byte")
                i += 1
                continue
            }
            // How many bytes of the sequence are valid (the first continuation byte has its own range).
            var valid = 1
            while valid < length && i + valid < b.count {
                let c = b[i + valid]
                let ok = valid == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF)
                if !ok { break }
                valid += 1
            }
            if valid == length {
                var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
                for k in 1..<length { value = value << 6 | UInt32(b[i + k] & 0x3F) }
                view.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += length
            } else if i + valid >= b.count {
                try invalid(&view, errors, lead, i, "unexpected end of data")
                i += valid
            } else {
                try invalid(&view, errors, lead, i, "invalid continuation byte")
                i += valid
            }
        }
        return String(view)
    }

    static func invalid(_ view: inout String.UnicodeScalarView, _ errors: String, _ byte: UInt8, _ position: Int,
                        _ reason: String) throws {
        switch errors {
        case "replace": view.append("\u{FFFD}")
        case "ignore": break
        default: throw decodeError("utf-8", byte, position, reason)
        }
    }

    static func decodeError(_ codec: String, _ byte: UInt8, _ position: Int, _ reason: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.unicodeDecodeError,
                     "'\(codec)' codec can't decode byte 0x\(ValueFormatter.hex(UInt32(byte), width: 2)) in position "
                     + "\(position): \(reason)")
    }

    /// `str.encode(encoding='utf-8', errors='strict')`.
    static func encode(_ s: String, _ args: Arguments) throws -> Value {
        try args.check("encode", min: 0, max: 2, keywords: ["encoding", "errors"])
        let encoding = canonicalName(try args.argument(0, "encoding").map {
            try StringMethods.string($0, "encode() argument 'encoding' must be str, not \($0.typeName)")
        } ?? "utf-8")
        let errors = try args.argument(1, "errors").map {
            try StringMethods.string($0, "encode() argument 'errors' must be str, not \($0.typeName)")
        } ?? "strict"
        let limit: UInt32
        switch encoding {
        case "utf-8": return .bytes(Array(s.utf8))
        case "ascii": limit = 0x80
        case "latin-1": limit = 0x100
        default: throw RuntimeError(BuiltinTypes.lookupError, "unknown encoding: \(encoding)")
        }
        var out: [UInt8] = []
        for (i, scalar) in s.unicodeScalars.enumerated() {
            if scalar.value < limit {
                out.append(UInt8(scalar.value))
            } else if errors == "replace" {
                out.append(UInt8(ascii: "?"))
            } else if errors != "ignore" {
                let v = scalar.value
                let escaped = v < 0x100 ? "\\x" + ValueFormatter.hex(v, width: 2)
                    : v < 0x10000 ? "\\u" + ValueFormatter.hex(v, width: 4) : "\\U" + ValueFormatter.hex(v, width: 8)
                throw RuntimeError(BuiltinTypes.unicodeEncodeError,
                                   "'\(encoding)' codec can't encode character '\(escaped)' in position \(i): "
                                   + "ordinal not in range(\(limit))")
            }
        }
        return .bytes(out)
    }
}

private extension String {
    /// The name with underscores read as dashes.
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
