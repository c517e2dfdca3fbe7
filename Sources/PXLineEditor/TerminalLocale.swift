@preconcurrency import Glibc

/// Makes the C library's character handling UTF-8, which libedit needs.
///
/// libedit decodes input with the process locale and drops non-ASCII bytes
/// under the default "C" locale, so the locale must be set before the editor
/// is created (its key map for characters 128–255 depends on it too).
enum TerminalLocale {
    /// Adopts the user's locale (`setlocale(LC_ALL, "")`); if its character
    /// set is not UTF-8 (e.g. `LANG=C` or unset), switches `LC_CTYPE` to
    /// `C.UTF-8`. Swift strings are UTF-8, so the editor must be too.
    static func configure() {
        _ = setlocale(LC_ALL, "")
        if isUTF8 { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return }
        }
    }

    /// Whether `LC_CTYPE` currently uses UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
