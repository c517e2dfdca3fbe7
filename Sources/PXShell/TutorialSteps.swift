/// A session file cut into the steps of `swiftpx tutorial`: each step is the comment lines before a statement
/// and the statement itself (a block, a bracketed expression over several lines or a `%%` cell counts as one).
public struct TutorialStep: Equatable, Sendable {
    /// The comment lines before the statement, `#` and all.
    public var comments: [String]
    /// The statement's lines.
    public var code: [String]
}

public enum TutorialSteps {
    /// Cuts the text of a session file into steps. Comments after the last statement form a last step with no
    /// code.
    public static func parse(_ text: String) -> [TutorialStep] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var steps: [TutorialStep] = []
        var comments: [String] = []
        var i = 0
        func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }
        while i < lines.count {
            let line = lines[i]
            if isBlank(line) {
                i += 1
                continue
            }
            if line.hasPrefix("#") {
                comments.append(line)
                i += 1
                continue
            }
            var code = [line]
            i += 1
            let isCellMagic = line.hasPrefix("%%")
            while i < lines.count {
                let next = lines[i]
                if isCellMagic {
                    if isBlank(next) { break }
                    code.append(next)
                    i += 1
                    continue
                }
                if isBlank(next) {
                    // A blank line inside a block goes on when the block does.
                    guard let following = lines[(i + 1)...].first(where: { !isBlank($0) }),
                          following.first == " " || following.first == "\t", !Shell.isOpenConstruct(code) else { break }
                    code.append(next)
                    i += 1
                    continue
                }
                if !Shell.isOpenConstruct(code), next.first != " ", next.first != "\t",
                   Shell.startsNewStatement(next) || next.hasPrefix("#") {
                    break
                }
                code.append(next)
                i += 1
            }
            while let last = code.last, isBlank(last) { code.removeLast() }
            steps.append(TutorialStep(comments: comments, code: code))
            comments = []
        }
        if !comments.isEmpty { steps.append(TutorialStep(comments: comments, code: [])) }
        return steps
    }
}
