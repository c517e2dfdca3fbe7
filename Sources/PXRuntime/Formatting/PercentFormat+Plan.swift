// MARK: - The fast path of `%`-formatting

extension PercentFormat {
    /// A format without mapping keys or `*`, as steps writing UTF-8 bytes: the common conversions
    /// (`%d`, `%.3f`, `%s` without flags or width) are written in place, the others through `convert`.
    final class Plan: Sendable {
        /// One part of the format.
        enum Step: Sendable {
            /// Literal text: a range of `literals`.
            case text(start: Int, count: Int)
            /// `%d`, `%i`, `%u`.
            case integer(Int)
            /// `%.Nf`, `%f`, `%F`.
            case fixed(Int, precision: Int)
            /// `%s`.
            case string(Int)
            /// Any other conversion.
            case other(Int)
        }

        /// The format, in order.
        let steps: [Step]
        /// The UTF-8 of all literal text, which `.text` steps slice.
        let literals: [UInt8]
        /// The conversions, by the index the steps carry.
        let conversions: [Conversion]

        /// The plan of a format, or nil if it uses mapping keys or `*`.
        init?(_ segments: [Segment]) {
            var steps: [Step] = []
            var literals: [UInt8] = []
            var conversions: [Conversion] = []
            for segment in segments {
                switch segment {
                case .text(let t):
                    steps.append(.text(start: literals.count, count: t.utf8.count))
                    literals.append(contentsOf: t.utf8)
                case .conversion(let c):
                    guard c.key == nil, c.width != -1, c.precision != -1 else { return nil }
                    let index = conversions.count
                    conversions.append(c)
                    let plain = !c.leftAlign && c.sign == nil && !c.alternate && !c.zeroPad && c.width == nil
                    let type = c.type
                    if plain && c.precision == nil && (type == "d" || type == "i" || type == "u") {
                        steps.append(.integer(index))
                    } else if plain && (c.precision ?? 6) <= 18 && (type == "f" || type == "F") {
                        steps.append(.fixed(index, precision: c.precision ?? 6))
                    } else if plain && c.precision == nil && type == "s" {
                        steps.append(.string(index))
                    } else {
                        steps.append(.other(index))
                    }
                }
            }
            self.steps = steps
            self.literals = literals
            self.conversions = conversions
        }

        /// Formats the positional arguments `args`.
        func run(_ args: UnsafeBufferPointer<Value>, _ interpreter: Interpreter?) throws -> Value {
            var next = 0
            let text = try ByteSink.build { sink in
                for step in steps {
                    if case .text(let start, let count) = step {
                        literals.withUnsafeBufferPointer { sink.append(UnsafeBufferPointer(rebasing: $0[start..<start + count])) }
                        continue
                    }
                    guard next < args.count else {
                        throw RuntimeError.typeError("not enough arguments for format string")
                    }
                    let value = args[next]
                    next += 1
                    switch step {
                    case .integer(let c):
                        if case .int(let i) = value {
                            if i < 0 { sink.append(byte: 45) }
                            sink.append(decimal: UInt64(i.magnitude))
                        } else {
                            sink.append(try PercentFormat.convert(value, conversions[c], interpreter))
                        }
                    case .fixed(let c, let precision):
                        if case .float(let d) = value, let scaled = FloatFormatter.fixedPointScaled(d, precision: precision) {
                            if d < 0 || (d == 0 && d.sign == .minus) { sink.append(byte: 45) }
                            sink.append(fixed: scaled, precision: precision)
                        } else {
                            sink.append(try PercentFormat.convert(value, conversions[c], interpreter))
                        }
                    case .string:
                        if case .str(let s) = value { sink.append(s) } else { sink.append(try ValueFormatter.checkedStr(value, interpreter)) }
                    case .other(let c):
                        sink.append(try PercentFormat.convert(value, conversions[c], interpreter))
                    case .text:
                        break
                    }
                }
            }
            if next < args.count { throw RuntimeError.typeError("not all arguments converted during string formatting") }
            return .str(text)
        }

        /// Formats one value.
        func run(_ a: Value, _ interpreter: Interpreter?) throws -> Value {
            try withUnsafePointer(to: a) { try run(UnsafeBufferPointer(start: $0, count: 1), interpreter) }
        }

        /// Formats two values.
        func run(_ a: consuming Value, _ b: consuming Value, _ interpreter: Interpreter?) throws -> Value {
            var values = (a, b)
            return try withUnsafeMutablePointer(to: &values) {
                try $0.withMemoryRebound(to: Value.self, capacity: 2) {
                    try run(UnsafeBufferPointer(start: $0, count: 2), interpreter)
                }
            }
        }

        /// Formats three values.
        func run(_ a: consuming Value, _ b: consuming Value, _ c: consuming Value, _ interpreter: Interpreter?)
            throws -> Value {
            var values = (a, b, c)
            return try withUnsafeMutablePointer(to: &values) {
                try $0.withMemoryRebound(to: Value.self, capacity: 3) {
                    try run(UnsafeBufferPointer(start: $0, count: 3), interpreter)
                }
            }
        }
    }
}
