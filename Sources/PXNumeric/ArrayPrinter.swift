/// numpy 2's array printing (`arrayprint.py` with default options): `str(a)` and `repr(a)`.
///
/// One element format is chosen from all shown elements (the summarised ones when the array has more than
/// 1000 elements: 3 at each edge of every axis), rows wrap at 75 columns, nested axes are separated by blank
/// lines, and `repr` adds `shape=`/`dtype=` when they cannot be read off the text.
public enum ArrayPrinter {
    /// numpy's `linewidth`.
    public static let lineWidth = 75
    /// numpy's `threshold`: more elements than this are summarised.
    public static let threshold = 1000
    /// numpy's `edgeitems`.
    public static let edgeItems = 3

    /// `str(a)`.
    public static func str(_ a: NDArray) -> String {
        if a.ndim == 0 { return a.dtype.isComplex ? Complex128(loading: a.pointer).text : a.scalar(at: []).text }
        if a.count == 0 { return "[]" }
        return format(a, separator: " ", prefix: "", lineWidth: lineWidth)
    }

    /// `repr(a)`.
    public static func repr(_ a: NDArray) -> String {
        let prefix = "array("
        let body = a.count == 0 && a.ndim > 0 ? "[]" : format(a, separator: ", ", prefix: prefix, lineWidth: lineWidth - 1)
        var extras: [String] = []
        if (a.count == 0 && a.shape != [0]) || a.count > threshold { extras.append("shape=\(Shape.tuple(a.shape))") }
        if a.count == 0 || !(a.dtype == .float64 || a.dtype == .int64 || a.dtype == .bool || a.dtype == .complex128) {
            extras.append("dtype=\(a.dtype.name)")
        }
        if extras.isEmpty { return prefix + body + ")" }
        let text = prefix + body + ","
        let extra = extras.joined(separator: ", ") + ")"
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last.map(\.count) ?? 0
        let spacer = lastLine + extra.count + 1 > lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return text + spacer + extra
    }

    /// The element text of `array2string` for a non-empty array.
    static func format(_ a: NDArray, separator: String, prefix: String, lineWidth: Int) -> String {
        let summarize = a.count > threshold
        let formatter = a.dtype.isComplex
            ? ElementFormatter(complex: summarize ? shownElements(a, Complex128.init(loading:)) : allComplex(a))
            : ElementFormatter(a, shown: summarize ? shownElements(a, { ArrayScalar(loading: $0, dtype: a.dtype) })
                                                   : allElements(a))
        if a.ndim == 0 { return formatter.format(a, at: []) }
        let hanging = String(repeating: " ", count: prefix.count + 1)
        var out = ""
        var index: [Int] = []
        recurse(a, &index, hangingIndent: hanging, width: lineWidth, separator: separator, summarize: summarize,
                formatter, into: &out)
        return out
    }

    static func allElements(_ a: NDArray) -> [ArrayScalar] {
        (0..<a.count).map { a.scalar(flat: $0) }
    }

    static func allComplex(_ a: NDArray) -> [Complex128] {
        (0..<a.count).map { a.complexElement(flat: $0) }
    }

    /// The elements shown in summarised form (numpy's `_leading_trailing`), each read by `load` from its address.
    static func shownElements<T>(_ a: NDArray, _ load: (UnsafeRawPointer) -> T) -> [T] {
        var result: [T] = []
        var index: [Int] = []
        func walk(_ axis: Int) {
            if axis == a.ndim {
                result.append(load(a.pointer + a.byteOffset(of: index)))
                return
            }
            let n = a.shape[axis]
            let picks = n > 2 * edgeItems ? Array(0..<edgeItems) + Array((n - edgeItems)..<n) : Array(0..<n)
            for i in picks {
                index.append(i)
                walk(axis + 1)
                index.removeLast()
            }
        }
        walk(0)
        return result
    }

    /// numpy's `_formatArray` recursion.
    static func recurse(_ a: NDArray, _ index: inout [Int], hangingIndent: String, width: Int, separator: String,
                        summarize: Bool, _ formatter: ElementFormatter, into out: inout String) {
        let axis = index.count
        let axesLeft = a.ndim - axis
        let n = a.shape[axis]
        let nextIndent = hangingIndent + " "
        let nextWidth = width - 1
        let showSummary = summarize && 2 * edgeItems < n
        let leading = showSummary ? edgeItems : 0
        let trailing = showSummary ? edgeItems : n
        var s = ""
        func element(_ i: Int) -> String {
            index.append(i)
            defer { index.removeLast() }
            return formatter.format(a, at: index)
        }
        if axesLeft == 1 {
            let trimmedSeparator = separator.trimmingTrailingSpaces
            let elementWidth = width - max(trimmedSeparator.count, 1)
            var line = hangingIndent
            func extend(_ word: String) {
                if line.count + word.count > elementWidth && line.count > hangingIndent.count {
                    s += line.trimmingTrailingSpaces + "\n"
                    line = hangingIndent
                }
                line += word
            }
            for i in 0..<leading {
                extend(element(i))
                line += separator
            }
            if showSummary {
                extend("...")
                line += separator
            }
            var i = trailing
            while i > 1 {
                extend(element(n - i))
                line += separator
                i -= 1
            }
            extend(element(n - 1))
            s += line
        } else {
            let lineSeparator = separator.trimmingTrailingSpaces + String(repeating: "\n", count: axesLeft - 1)
            func nested(_ i: Int) -> String {
                index.append(i)
                defer { index.removeLast() }
                var inner = ""
                recurse(a, &index, hangingIndent: nextIndent, width: nextWidth, separator: separator,
                        summarize: summarize, formatter, into: &inner)
                return inner
            }
            for i in 0..<leading { s += hangingIndent + nested(i) + lineSeparator }
            if showSummary { s += hangingIndent + "..." + lineSeparator }
            var i = trailing
            while i > 1 {
                s += hangingIndent + nested(n - i) + lineSeparator
                i -= 1
            }
            s += hangingIndent + nested(n - 1)
        }
        out += "[" + s.dropFirst(hangingIndent.count) + "]"
    }
}

extension String {
    /// The text without trailing spaces (Python's `rstrip()` for the texts the printer builds).
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
