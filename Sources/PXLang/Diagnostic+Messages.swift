/// Stable identities of every lexer and parser diagnostic.
///
/// The catalog of messages, kept in one place and in alphabetical order of the identifier.
/// Messages are lowercase, carry no final period and put tokens in single quotes.
public enum DiagnosticID: String, Sendable, CaseIterable {
    case annotatedMultipleTargets
    case annotationTargetIllegal
    case assignmentExpressionInClassComprehension
    case assignmentExpressionInIterable
    case assignmentExpressionRebindsIterationVariable
    case assignmentExpressionTarget
    case assignmentToExpression
    case assignmentToExpressionHere
    case augmentedAssignmentToExpression
    case bytesNonASCII
    case characterAfterContinuation
    case deleteExpression
    case equalInsteadOfComparison
    case expectedColon
    case expectedElse
    case expectedExceptOrFinally
    case expectedExpression
    case expectedIndentedBlock
    case expectedToken
    case invalidCharacter
    case invalidEscape
    case invalidNonPrintableCharacter
    case invalidDigit
    case invalidNumber
    case invalidSyntax
    case iterationVariableRebindsAssignmentTarget
    case keywordArgumentRepeated
    case leadingZeros
    case mismatchedBracket
    case missingComma
    case missingParentheses
    case nonDefaultAfterDefault
    case positionalAfterKeyword
    case positionalOnlyMarkerAfterStar
    case positionalOnlyMarkerFirst
    case positionalOnlyMarkerTwice
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
    case defaultExceptNotLast
    case duplicateArgument
    case globalAfterAssignment
    case globalAfterUse
    case globalOfAnnotated
    case globalOfParameter
    case iterableUnpackingAfterKeywordUnpacking
    case keywordExpression
    case multipleStarredTargets
    case nonlocalAfterAssignment
    case nonlocalAfterUse
    case nonlocalAndGlobal
    case nonlocalAtModuleLevel
    case nonlocalOfAnnotated
    case nonlocalOfParameter
    case nonlocalWithoutBinding
    case positionalAfterKeywordUnpacking
    case starredTargetAlone
    case starredExpressionHere
    case loopControlOutsideLoop
    case nestingTooDeep
    case parserStackOverflow
    case tooDeeplyNested
    case tooManyIndentationLevels

    /// The code point of the first character of `text` as CPython writes it in messages (`20AC`, `00A0`).
    static func codePoint(_ text: String) -> String {
        let hex = String(text.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The message text, with `detail` substituted where the message has a slot.
    public func message(_ detail: String) -> String {
        switch self {
        case .annotatedMultipleTargets: return "only single target (not \(detail)) can be annotated"
        case .annotationTargetIllegal: return "illegal target for annotation"
        case .assignmentExpressionInClassComprehension:
            return "assignment expression within a comprehension cannot be used in a class body"
        case .assignmentExpressionInIterable:
            return "assignment expression cannot be used in a comprehension iterable expression"
        case .assignmentExpressionRebindsIterationVariable:
            return "assignment expression cannot rebind comprehension iteration variable '\(detail)'"
        case .assignmentExpressionTarget: return "cannot use assignment expressions with \(detail)"
        case .assignmentToExpression: return "cannot assign to \(detail)"
        case .assignmentToExpressionHere: return "cannot assign to \(detail) here. Maybe you meant '==' instead of '='?"
        case .augmentedAssignmentToExpression: return "'\(detail)' is an illegal expression for augmented assignment"
        case .bytesNonASCII: return "bytes can only contain ASCII literal characters"
        case .deleteExpression: return "cannot delete \(detail)"
        case .equalInsteadOfComparison: return "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
        case .expectedColon: return "expected ':'"
        case .expectedElse: return "expected 'else' after 'if' expression"
        case .expectedExceptOrFinally: return "expected 'except' or 'finally' block"
        case .expectedExpression: return "expected an expression"
        case .expectedIndentedBlock: return "expected an indented block\(detail.isEmpty ? "" : " after \(detail)")"
        case .expectedToken: return "expected '\(detail)'"
        case .characterAfterContinuation: return "unexpected character after line continuation character"
        case .invalidCharacter: return "invalid character '\(detail)' (U+\(DiagnosticID.codePoint(detail)))"
        case .invalidNonPrintableCharacter: return "invalid non-printable character U+\(DiagnosticID.codePoint(detail))"
        case .invalidEscape: return "invalid escape sequence '\(detail)'"
        case .invalidDigit: return "invalid digit \(detail) literal"
        case .invalidNumber: return "invalid \(detail) literal"
        case .invalidSyntax: return "invalid syntax"
        case .iterationVariableRebindsAssignmentTarget:
            return "comprehension inner loop cannot rebind assignment expression target '\(detail)'"
        case .keywordArgumentRepeated: return "keyword argument repeated: \(detail)"
        case .mismatchedBracket:
            // The detail is the closing and the opening bracket, then the opening's line when it is another.
            let brackets = Array(detail.prefix(2)).map(String.init)
            guard brackets.count == 2 else { return "invalid syntax" }
            let line = detail.dropFirst(2)
            return "closing parenthesis '\(brackets[0])' does not match opening parenthesis '\(brackets[1])'"
                + (line.isEmpty ? "" : " on line \(line)")
        case .missingComma: return "invalid syntax. Perhaps you forgot a comma?"
        case .missingParentheses: return "Missing parentheses in call to '\(detail)'. Did you mean \(detail)(...)?"
        case .leadingZeros:
            return "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
        case .loopControlOutsideLoop:
            return detail == "continue" ? "'continue' not properly in loop" : "'\(detail)' outside loop"
        case .nonDefaultAfterDefault: return "non-default argument follows default argument"
        case .positionalOnlyMarkerAfterStar: return "/ must be ahead of *"
        case .positionalOnlyMarkerFirst: return "at least one argument must precede /"
        case .positionalOnlyMarkerTwice: return "/ may appear only once"
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
        case .defaultExceptNotLast: return "default 'except:' must be last"
        case .duplicateArgument: return "duplicate argument '\(detail)' in function definition"
        case .globalAfterAssignment: return "name '\(detail)' is assigned to before global declaration"
        case .globalAfterUse: return "name '\(detail)' is used prior to global declaration"
        case .globalOfAnnotated: return "annotated name '\(detail)' can't be global"
        case .globalOfParameter: return "name '\(detail)' is parameter and global"
        case .iterableUnpackingAfterKeywordUnpacking:
            return "iterable argument unpacking follows keyword argument unpacking"
        case .keywordExpression: return "expression cannot contain assignment, perhaps you meant \"==\"?"
        case .multipleStarredTargets: return "multiple starred expressions in assignment"
        case .nonlocalAfterAssignment: return "name '\(detail)' is assigned to before nonlocal declaration"
        case .nonlocalAfterUse: return "name '\(detail)' is used prior to nonlocal declaration"
        case .nonlocalAndGlobal: return "name '\(detail)' is nonlocal and global"
        case .nonlocalAtModuleLevel: return "nonlocal declaration not allowed at module level"
        case .nonlocalOfAnnotated: return "annotated name '\(detail)' can't be nonlocal"
        case .nonlocalOfParameter: return "name '\(detail)' is parameter and nonlocal"
        case .nonlocalWithoutBinding: return "no binding for nonlocal '\(detail)' found"
        case .positionalAfterKeywordUnpacking: return "positional argument follows keyword argument unpacking"
        case .starredExpressionHere: return "can't use starred expression here"
        case .starredTargetAlone: return "starred assignment target must be in a list or tuple"
        }
    }
}
