/// numpy's array printing (`print(a)` and `repr(a)`): a shared element format, line wrapping at 75
/// columns and summarization of arrays with more than 1000 elements.
enum NDArrayFormatter {
    static let lineWidth = 75
    static let threshold = 1000
    static let edgeItems = 3

    static func str(_ a: NDArray) -> String {
        if a.count == 0 { return "[]" }
        return format(a, separator: " ", prefix: "", lineWidth: lineWidth)
    }

    static func repr(_ a: NDArray) -> String {
        if a.count == 0 {
            if a.shape == [0] { return "array([], dtype=\(a.dtype.rawValue))" }
            return "array([], shape=\(a.shapeText(a.shape)), dtype=\(a.dtype.rawValue))"
        }
        return "array(" + format(a, separator: ", ", prefix: "array(", lineWidth: lineWidth - 1) + ")"
    }

    static func format(_ a: NDArray, separator: String, prefix: String, lineWidth: Int) -> String {
        if a.shape.isEmpty { return elementFormatter(for: a, indices: [0])(0) }
        let summarize = a.count > threshold
        let shown = summarize ? shownIndices(a) : Array(0..<a.count)
        let formatElement = elementFormatter(for: a, indices: shown)
        let hanging = String(repeating: " ", count: prefix.count + 1)
        return recurse(a, axis: 0, start: 0, hangingIndent: hanging, width: lineWidth, separator: separator,
                       summarize: summarize, formatElement)
    }

    /// Flat indices of the elements shown when the array is summarized.
    static func shownIndices(_ a: NDArray) -> [Int] {
        var result: [Int] = []
        func walk(_ axis: Int, _ start: Int) {
            let inner = a.shape[(axis + 1)...].reduce(1, *)
            let n = a.shape[axis]
            let picks = n > 2 * edgeItems ? Array(0..<edgeItems) + Array((n - edgeItems)..<n) : Array(0..<n)
            for i in picks {
                if axis == a.shape.count - 1 { result.append(start + i) } else { walk(axis + 1, start + i * inner) }
            }
        }
        walk(0, 0)
        return result
    }

    static func recurse(_ a: NDArray, axis: Int, start: Int, hangingIndent: String, width: Int, separator: String,
                        summarize: Bool, _ formatElement: (Int) -> String) -> String {
        let axesLeft = a.shape.count - axis
        let n = a.shape[axis]
        let inner = a.shape[(axis + 1)...].reduce(1, *)
        let nextIndent = hangingIndent + " "
        let nextWidth = width - 1
        let showSummary = summarize && 2 * edgeItems < n
        let leading = showSummary ? edgeItems : 0
        let trailing = showSummary ? edgeItems : n
        var s = ""
        if axesLeft == 1 {
            let elementWidth = width - max(separator.trimming(" ").count, 1)
            var line = hangingIndent
            func extend(_ word: String, _ limit: Int) {
                var needsWrap = line.count + word.count > limit
                if line.count <= hangingIndent.count { needsWrap = false }
                if needsWrap {
                    s += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
                    line = hangingIndent
                }
                line += word
            }
            for i in 0..<leading {
                extend(formatElement(start + i * inner), elementWidth)
                line += separator
            }
            if showSummary {
                extend("...", elementWidth)
                line += separator
            }
            if trailing > 1 {
                for i in stride(from: trailing, to: 1, by: -1) {
                    extend(formatElement(start + (n - i) * inner), elementWidth)
                    line += separator
                }
            }
            extend(formatElement(start + (n - 1) * inner), elementWidth)
            s += line
        } else {
            let lineSeparator = separator.trimming(" ") + String(repeating: "\n", count: axesLeft - 1)
            var rows: [Int] = Array(0..<leading)
            if showSummary { rows.append(-1) }
            rows += ((n - trailing)..<n)
            for (k, row) in rows.enumerated() {
                let nested = row < 0 ? "..." : recurse(a, axis: axis + 1, start: start + row * inner,
                                                       hangingIndent: nextIndent, width: nextWidth,
                                                       separator: separator, summarize: summarize, formatElement)
                s += hangingIndent + nested + (k == rows.count - 1 ? "" : lineSeparator)
            }
        }
        return "[" + s.dropFirst(hangingIndent.count) + "]"
    }

    /// The element format shared by every element, chosen from the shown elements as numpy does.
    static func elementFormatter(for a: NDArray, indices: [Int]) -> (Int) -> String {
        switch a.dtype {
        case .bool:
            let width = indices.contains { a.integer($0) == 0 } ? 5 : 4
            return { i in
                let text = a.integer(i) != 0 ? "True" : "False"
                return String(repeating: " ", count: max(0, width - text.count)) + text
            }
        case .int64:
            let width = indices.map { String(a.integer($0)).count }.max() ?? 1
            return { i in
                let text = String(a.integer(i))
                return String(repeating: " ", count: max(0, width - text.count)) + text
            }
        case .float64:
            return FloatArrayFormat(values: indices.map { a.double($0) }).formatter(a)
        }
    }
}

/// numpy's `FloatingFormat` in its default mode (`maxprec`, precision 8).
struct FloatArrayFormat {
    let exponential: Bool
    var padLeft = 0
    var padRight = 0
    var precision = 8
    var exponentSize = 2

    init(values: [Double]) {
        let finite = values.filter { $0.isFinite }
        let nonZero = finite.map { Swift.abs($0) }.filter { $0 != 0 }
        if let maxValue = nonZero.max(), let minValue = nonZero.min() {
            exponential = maxValue >= 1e8 || minValue < 0.0001 || maxValue / minValue > 1000
        } else {
            exponential = false
        }
        if exponential {
            let parts = finite.map { FloatArrayFormat.scientific($0, precision: 8, minDigits: 0) }
            precision = parts.map { $0.fraction.count }.max() ?? 0
            padLeft = parts.map { $0.integer.count }.max() ?? 1
            exponentSize = max(2, (parts.map { $0.exponent.count }.max() ?? 3) - 1)
            padRight = exponentSize + 2 + precision
        } else {
            let parts = finite.map { FloatArrayFormat.positional($0, precision: 8) }
            padLeft = parts.map { $0.integer.count }.max() ?? 0
            padRight = parts.map { $0.fraction.count }.max() ?? 0
        }
        if finite.count != values.count {
            let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
        }
    }

    func formatter(_ a: NDArray) -> (Int) -> String {
        { i in self.format(a.double(i)) }
    }

    func format(_ x: Double) -> String {
        if !x.isFinite {
            let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            let total = padLeft + padRight + 1
            return String(repeating: " ", count: max(0, total - text.count)) + text
        }
        if exponential {
            let p = FloatArrayFormat.scientific(x, precision: precision, minDigits: precision)
            let integer = String(repeating: " ", count: max(0, padLeft - p.integer.count)) + p.integer
            let exponentDigits = p.exponent.dropFirst()
            let exponent = String(p.exponent.prefix(1))
                + String(repeating: "0", count: max(0, exponentSize - exponentDigits.count)) + exponentDigits
            return integer + "." + p.fraction + "e" + exponent
        }
        let p = FloatArrayFormat.positional(x, precision: 8)
        return String(repeating: " ", count: max(0, padLeft - p.integer.count)) + p.integer + "."
            + p.fraction + String(repeating: " ", count: max(0, padRight - p.fraction.count))
    }

    /// The shortest digits of x, rounded to at most `precision` fractional digits: integer and fraction parts
    /// (trailing zeros removed).
    static func positional(_ x: Double, precision: Int) -> (integer: String, fraction: String) {
        var text = FloatFormatter.repr(x)
        if text.contains("e") || fractionLength(text) > precision {
            text = FloatFormatter.printf("%.\(precision)f", x)
        }
        guard let dot = text.firstIndex(of: ".") else { return (text, "") }
        var fraction = String(text[text.index(after: dot)...])
        while fraction.last == "0" { fraction.removeLast() }
        return (String(text[..<dot]), fraction)
    }

    static func fractionLength(_ text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// Scientific form: unique digits up to `precision` fractional digits, at least `minDigits`.
    static func scientific(_ x: Double, precision: Int, minDigits: Int) -> (integer: String, fraction: String, exponent: String) {
        let (digits, decimalPoint) = FloatFormatter.shortestDigits(x)
        var mantissa: String
        var exponent = decimalPoint - 1
        if digits.count - 1 > precision {
            let text = FloatFormatter.printf("%.\(precision)e", Swift.abs(x))
            let parts = text.split(separator: "e")
            mantissa = StringMethods.replace(String(parts[0]), ".", "", -1)
            exponent = Int(parts[1]) ?? exponent
        } else {
            mantissa = digits
        }
        var fraction = String(mantissa.dropFirst())
        while fraction.last == "0" { fraction.removeLast() }
        if fraction.count < minDigits { fraction += String(repeating: "0", count: minDigits - fraction.count) }
        let sign = x < 0 || (x == 0 && x.sign == .minus) ? "-" : ""
        let exponentText = (exponent < 0 ? "-" : "+") + String(Swift.abs(exponent))
        return (sign + String(mantissa.prefix(1)), fraction, exponentText)
    }
}
