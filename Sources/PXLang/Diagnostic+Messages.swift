/// Stable identities of every lexer and parser diagnostic.
///
/// The catalog of messages, kept in one place and in alphabetical order of the identifier.
/// Messages are lowercase, carry no final period and put tokens in single quotes.
public enum DiagnosticID: String, Sendable, CaseIterable {
    case annotatedMultipleTargets
    case annotationTargetIllegal
    case assignmentToExpression
    case augmentedAssignmentToExpression
    case bytesNonASCII
    case deleteExpression
    case expectedColon
    case expectedExpression
    case expectedIndentedBlock
    case expectedName
    case expectedToken
    case invalidCharacter
    case invalidEscape
    case invalidNumber
    case invalidSyntax
    case keywordArgumentRepeated
    case nonDefaultAfterDefault
    case positionalAfterKeyword
    case returnOutsideFunction
    case unclosedBracket
    case unexpectedIndent
    case unindentMismatch
    case unmatchedBracket
    case unsupportedFeature
    case unterminatedFString
    case unterminatedString
    case unterminatedTripleString
    case yieldInComprehension
    case yieldOutsideFunction
    case loopControlOutsideLoop
    case nestingTooDeep
    case parserStackOverflow
    case tooDeeplyNested
    case tooManyIndentationLevels

    /// The message text, with `detail` substituted where the message has a slot.
    public func message(_ detail: String) -> String {
        switch self {
        case .annotatedMultipleTargets: return "only single target (not \(detail)) can be annotated"
        case .annotationTargetIllegal: return "illegal target for annotation"
        case .assignmentToExpression: return "cannot assign to \(detail)"
        case .augmentedAssignmentToExpression: return "'\(detail)' is an illegal expression for augmented assignment"
        case .bytesNonASCII: return "bytes can only contain ASCII literal characters"
        case .deleteExpression: return "cannot delete \(detail)"
        case .expectedColon: return "expected ':'"
        case .expectedExpression: return "expected an expression"
        case .expectedIndentedBlock: return "expected an indented block\(detail.isEmpty ? "" : " after \(detail)")"
        case .expectedName: return "expected a name"
        case .expectedToken: return "expected '\(detail)'"
        case .invalidCharacter: return "invalid character '\(detail)'"
        case .invalidEscape: return "invalid escape sequence '\(detail)'"
        case .invalidNumber: return "invalid \(detail) literal"
        case .invalidSyntax: return "invalid syntax"
        case .keywordArgumentRepeated: return "keyword argument repeated: \(detail)"
        case .loopControlOutsideLoop: return "'\(detail)' outside loop"
        case .nonDefaultAfterDefault: return "non-default argument follows default argument"
        case .positionalAfterKeyword: return "positional argument follows keyword argument"
        case .returnOutsideFunction: return "'return' outside function"
        case .unclosedBracket: return "'\(detail)' was never closed"
        case .unexpectedIndent: return "unexpected indent"
        case .unindentMismatch: return "unindent does not match any outer indentation level"
        case .unmatchedBracket: return "unmatched '\(detail)'"
        case .nestingTooDeep: return "maximum recursion depth exceeded during compilation"
        case .parserStackOverflow: return ""
        case .tooDeeplyNested: return "too many nested parentheses"
        case .tooManyIndentationLevels: return "too many levels of indentation"
        case .unsupportedFeature: return "\(detail) is not supported by swiftpx"
        case .unterminatedFString: return "f-string: \(detail)"
        case .unterminatedString: return "unterminated string literal (detected at line \(detail))"
        case .unterminatedTripleString: return "unterminated triple-quoted string literal (detected at line \(detail))"
        case .yieldInComprehension: return "'yield' inside \(detail)"
        case .yieldOutsideFunction: return "'yield' outside function"
        }
    }
}
