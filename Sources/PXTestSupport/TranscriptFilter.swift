/// The one filter that masks what changes from run to run in a transcript, so golden files compare exactly.
///
/// Line rules, applied first:
/// 1. Tables with a `host` or `pid` column (`%engines`, `swiftpx cluster status`): in the rows under such a
///    header, up to the next blank or unindented non-table line, those cells → `<host>` and `<pid>`, and
///    every column gap → two spaces.
/// 2. Gantt rows of `%timeline` (`engine 3 │ ██▓ │`): the bars between the frame → `<bars>`.
///
/// Then, within lines:
/// 3. Durations — a number followed by a unit (`4.05 µs`, `12ms`, `1.2 s`, `3min 5s`) → `<t>`.
/// 4. Timestamps — `2026-11-26T10:17:36.123456` (optionally with a zone) and `10:17:36.123` → `<timestamp>`.
/// 5. Object addresses — `0x7f3a9c0012a0` (six or more hex digits) → `0x<addr>`.
/// 6. Process ids — the number after `pid ` or `pid=` → `<pid>`.
/// 7. Rates — a number followed by `/s` (`1,234.5 tasks/s`) → `<rate>/s`.
/// 8. Percentages and ratios — a number followed by `%` or `×` (`97%`, `1.93×`) → `<n>%`, `<n>×`.
/// 9. UUIDs — `f05d240f-8d57-79dd-ff29-fb2d86e5b15f` → `<uuid>`.
///
/// Padding in front of a masked duration, rate, percentage or ratio (two or more spaces, as right-aligned
/// table columns have) becomes one space, so column widths that follow the values do not matter.
public enum TranscriptFilter {
    /// Masks the volatile fields of `text`.
    public static func mask(_ text: String) -> String {
        maskWithinLines(maskLines(text))
    }

    // MARK: - Line rules

    static func maskLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var columns: (host: Int?, pid: Int?, count: Int)?
        for index in lines.indices {
            let line = lines[index]
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if cells.contains("pid") || cells.contains("host"), cells.count >= 3,
               cells.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "_" } }) {
                columns = (cells.firstIndex(of: "host"), cells.firstIndex(of: "pid"), cells.count)
                lines[index] = indentation(line) + cells.joined(separator: "  ")
                continue
            }
            if let table = columns {
                guard !cells.isEmpty, cells.count >= table.count, line.first == " " || isDigit(line.first ?? " ") else {
                    columns = nil
                    lines[index] = maskGantt(line)
                    continue
                }
                var masked = cells
                if let host = table.host { masked[host] = "<host>" }
                if let pid = table.pid { masked[pid] = "<pid>" }
                lines[index] = indentation(line) + masked.joined(separator: "  ")
                continue
            }
            lines[index] = maskGantt(line)
        }
        return lines.joined(separator: "\n")
    }

    static func indentation(_ line: String) -> String {
        String(line.prefix { $0 == " " }.prefix(2))
    }

    /// `engine 3 │ ██▓ │` → `engine 3 │<bars>│`.
    static func maskGantt(_ line: String) -> String {
        guard line.hasPrefix("engine "), let open = line.firstIndex(of: "│"), let close = line.lastIndex(of: "│"),
              open < close else { return line }
        let label = line[..<open].split(separator: " ")
        guard label.count == 2, Int(label[1]) != nil else { return line }
        return "engine \(label[1]) │<bars>│"
    }

    // MARK: - Rules within lines

    static func maskWithinLines(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if let (length, replacement) = matchAt(chars, i) {
                if replacement != "<timestamp>", replacement != "0x<addr>", replacement != "<pid>", out.hasSuffix("  ") {
                    while out.hasSuffix("  ") { out.removeLast() }
                }
                out += replacement
                i += length
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    /// Tries every rule at position `i`.
    static func matchAt(_ c: [Character], _ i: Int) -> (Int, String)? {
        // Only start a match at a word boundary.
        if i > 0, c[i - 1].isLetter || isDigit(c[i - 1]) || c[i - 1] == "." { return nil }
        if let length = uuid(c, i) { return (length, "<uuid>") }
        if c[i] == "0", i + 1 < c.count, c[i + 1] == "x" {
            var j = i + 2
            while j < c.count, c[j].isHexDigit { j += 1 }
            if j - i - 2 >= 6 { return (j - i, "0x<addr>") }
            return nil
        }
        guard isDigit(c[i]) else { return nil }
        if let length = timestamp(c, i) { return (length, "<timestamp>") }
        var j = i
        while j < c.count, isDigit(c[j]) || c[j] == "," { j += 1 }
        if j < c.count, c[j] == ".", j + 1 < c.count, isDigit(c[j + 1]) {
            j += 1
            while j < c.count, isDigit(c[j]) { j += 1 }
        }
        if j < c.count, c[j] == "e", j + 1 < c.count, c[j + 1] == "-" || c[j + 1] == "+" {
            var k = j + 2
            while k < c.count, isDigit(c[k]) { k += 1 }
            if k > j + 2 { j = k }
        }
        var k = j
        if k < c.count, c[k] == " " { k += 1 }
        for unit in ["min", "µs", "us", "ns", "ms", "s"] {
            let u = Array(unit)
            if k + u.count <= c.count, Array(c[k..<(k + u.count)]) == u {
                let end = k + u.count
                if end < c.count, c[end].isLetter { continue }
                if unit == "s", end < c.count, c[end] == "/" { continue }
                // `3min 5s`: swallow the seconds part too.
                var total = end
                if unit == "min", total + 1 < c.count, c[total] == " ", isDigit(c[total + 1]) {
                    var m = total + 1
                    while m < c.count, isDigit(c[m]) { m += 1 }
                    if m < c.count, c[m] == "s" { total = m + 1 }
                }
                return (total - i, "<t>")
            }
        }
        // Percentages and ratios: `97%`, `1.93×`.
        if j < c.count, c[j] == "%" || c[j] == "×", j + 1 >= c.count || !isDigit(c[j + 1]) {
            return (j - i + 1, "<n>" + String(c[j]))
        }
        // Rates: `123.4 tasks/s`, `12 MB/s`.
        var w = k
        while w < c.count, c[w].isLetter { w += 1 }
        if w > k, w + 1 < c.count, c[w] == "/", c[w + 1] == "s" { return (j - i, "<rate>") }
        if k == j, j + 1 < c.count, c[j] == "/", c[j + 1] == "s" { return (j - i, "<rate>") }
        // Process ids: `pid 1234`, `pid=1234`.
        if i >= 4 {
            let before = String(c[(i - 4)..<i])
            if before == "pid " || before == "pid=" { return (j - i, "<pid>") }
        }
        return nil
    }

    /// Eight, four, four, four and twelve hex digits joined by dashes.
    static func uuid(_ c: [Character], _ i: Int) -> Int? {
        var j = i
        for (n, group) in [8, 4, 4, 4, 12].enumerated() {
            if n > 0 {
                guard j < c.count, c[j] == "-" else { return nil }
                j += 1
            }
            guard j + group <= c.count, c[j..<(j + group)].allSatisfy(\.isHexDigit) else { return nil }
            j += group
        }
        return j < c.count && (c[j].isHexDigit || c[j] == "-") ? nil : j - i
    }

    /// `YYYY-MM-DD[T ]HH:MM:SS[.frac][zone]` or `HH:MM:SS.frac`.
    static func timestamp(_ c: [Character], _ i: Int) -> Int? {
        func digits(_ at: Int, _ n: Int) -> Bool {
            at + n <= c.count && (at..<(at + n)).allSatisfy { isDigit(c[$0]) }
        }
        var j = i
        if digits(j, 4), j + 4 < c.count, c[j + 4] == "-", digits(j + 5, 2), j + 7 < c.count, c[j + 7] == "-",
           digits(j + 8, 2) {
            j += 10
            guard j < c.count, c[j] == "T" || c[j] == " ", digits(j + 1, 2) else { return j - i }
            j += 1
        }
        guard digits(j, 2), j + 2 < c.count, c[j + 2] == ":", digits(j + 3, 2), j + 5 < c.count, c[j + 5] == ":",
              digits(j + 6, 2) else { return j > i ? j - i : nil }
        j += 8
        if j < c.count, c[j] == "." {
            j += 1
            while j < c.count, isDigit(c[j]) { j += 1 }
        }
        if j < c.count, c[j] == "Z" { j += 1 }
        if j + 5 < c.count + 0, j < c.count, c[j] == "+" || c[j] == "-", digits(j + 1, 2) {
            j += 3
            if j < c.count, c[j] == ":" { j += 1 }
            if digits(j, 2) { j += 2 }
        }
        return j - i
    }
}
