@preconcurrency import CEditLine

/// Measuring and preparing text for a terminal.
public enum TerminalText {
    /// The character libedit skips when measuring the prompt (`EL_PROMPT_ESC`).
    static let promptIgnoreMarker: Character = "\u{1}"

    /// Columns `text` occupies on screen, as libedit counts them: control
    /// characters show as `^X` (two columns), wide characters take two, and
    /// combining marks none. Needs a UTF-8 `LC_CTYPE` for non-ASCII widths;
    /// without one, every non-ASCII scalar counts as one column.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += displayWidth(of: scalar)
        }
        return width
    }

    /// Columns one scalar occupies; see `displayWidth(_:)`.
    static func displayWidth(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || value == 0x7F { return 2 }
        if value < 0x7F { return 1 }
        let measured = px_wcwidth(wchar_t(bitPattern: value))
        return measured >= 0 ? Int(measured) : 1
    }

    /// Whether libedit shows `scalar` as itself, in the columns `displayWidth(of:)` gives: not a control
    /// character (C0, DEL or C1, shown as `^X` or an escape) and one the C library knows the width of.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 }
        return value >= 0xA0 && px_wcwidth(wchar_t(bitPattern: value)) >= 0
    }

    /// Columns the prompt occupies, not counting escape sequences.
    public static func promptWidth(_ prompt: String) -> Int {
        displayWidth(removingEscapeSequences(prompt))
    }

    /// `prompt` with each escape sequence (CSI `ESC [ … final`, OSC
    /// `ESC ] … BEL`, or a two-byte `ESC x`) wrapped in `promptIgnoreMarker`,
    /// so that colours do not count towards the prompt's width.
    static func markingEscapeSequences(_ prompt: String) -> String {
        var result = ""
        for piece in pieces(of: prompt) {
            switch piece {
            case .text(let text): result += text
            case .escape(let sequence): result += "\(promptIgnoreMarker)\(sequence)\(promptIgnoreMarker)"
            }
        }
        return result
    }

    /// `text` without escape sequences.
    static func removingEscapeSequences(_ text: String) -> String {
        var result = ""
        for case .text(let piece) in pieces(of: text) {
            result += piece
        }
        return result
    }

    /// `text` for a terminal in raw mode: every `\n` becomes `\r\n`, and a
    /// final line break is added if missing.
    static func rawModeLines(_ text: String) -> String {
        var result = text.replacing("\n", with: "\r\n")
        if !endsWithLineBreak(result) {
            result += "\r\n"
        }
        return result
    }

    /// Whether `text` ends with `\n` (alone or in `\r\n`, which Swift treats as one character).
    static func endsWithLineBreak(_ text: String) -> Bool {
        text.utf8.last == UInt8(ascii: "\n")
    }

    // MARK: - Escape sequences

    private enum Piece {
        case text(String)
        case escape(String)
    }

    private static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var plain = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\u{1B}", index + 1 < scalars.count else {
                plain.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            var end = index + 2
            switch scalars[index + 1] {
            case "[":
                // Parameter and intermediate bytes, then one final byte in 0x40...0x7E.
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) {
                    end += 1
                }
                end = min(end + 1, scalars.count)
            case "]":
                // Operating system command, ended by BEL.
                while end < scalars.count, scalars[end] != "\u{7}" {
                    end += 1
                }
                end = min(end + 1, scalars.count)
            default:
                break
            }
            if !plain.isEmpty {
                pieces.append(.text(plain))
                plain = ""
            }
            var sequence = ""
            sequence.unicodeScalars.append(contentsOf: scalars[index..<end])
            pieces.append(.escape(sequence))
            index = end
        }
        if !plain.isEmpty {
            pieces.append(.text(plain))
        }
        return pieces
    }
}
