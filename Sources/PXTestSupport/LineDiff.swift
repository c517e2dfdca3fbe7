/// A short line-by-line comparison of two texts for test failure messages.
public enum LineDiff {
    /// The lines that differ, position by position, as `line N:` followed by `- expected` and `+ actual`.
    /// - Parameters:
    ///   - expected: the text that should have been produced.
    ///   - actual: the text that was produced.
    ///   - limit: how many differing lines to show at most. Default: 20.
    /// - Returns: the differing lines (`<end>` where one text is shorter), then `... N more` beyond the limit.
    public static func render(_ expected: String, _ actual: String, limit: Int = 20) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        var differing = 0
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < b.count ? String(b[i]) : "<end>"
            guard x != y else { continue }
            differing += 1
            if differing <= limit { out.append("line \(i + 1):\n- \(x)\n+ \(y)") }
        }
        if differing > limit { out.append("... \(differing - limit) more") }
        return out.joined(separator: "\n")
    }
}
