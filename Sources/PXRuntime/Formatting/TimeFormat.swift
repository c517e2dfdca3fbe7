

/// Durations as IPython prints them: three significant digits and a unit (`4.05 µs`, `1.2 s`, `1min 5s`), never
/// with an exponent.
public enum TimeFormat {
    /// Formats seconds.
    public static func format(_ seconds: Double, precision: Int = 3) -> String {
        if seconds >= 60 {
            var value = seconds
            var parts: [String] = []
            for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
                let whole = (value / length).rounded(.down)
                if whole > 0 {
                    parts.append("\(Int(whole))\(suffix)")
                    value -= whole * length
                }
            }
            return parts.joined(separator: " ")
        }
        let units = ["s", "ms", "µs", "ns"]
        let scales = [1.0, 1e3, 1e6, 1e9]
        var order = 3
        if seconds > 0 {
            order = min(max(-Int((log10(seconds) / 3).rounded(.down)), 0), 3)
        }
        var text = formatSignificant(seconds * scales[order], precision)
        if text.contains("e+") && order > 0 {
            // 999.6 µs rounds to 1e+03 µs: say 1 ms instead (IPython prints the exponent).
            order -= 1
            text = formatSignificant(seconds * scales[order], precision)
        }
        if text.contains("e-") { text = "0" }
        return text + " " + units[order]
    }

    static func log10(_ x: Double) -> Double {
        var result = 0.0
        var v = x
        while v >= 10 { v /= 10; result += 1 }
        while v < 1 { v *= 10; result -= 1 }
        return result
    }

    /// `"%.3g" % value`.
    static func formatSignificant(_ value: Double, _ digits: Int) -> String {
        FloatFormatter.printf("%.\(digits)g", value)
    }
}
