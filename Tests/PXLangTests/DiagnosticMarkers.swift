import PXLang

/// Finds `1️⃣` markers in test source: returns the source without them and each marker's location.
func extractMarkers(_ marked: String) -> (source: String, markers: [PXLang.SourceLocation]) {
    var source = ""
    var markers: [PXLang.SourceLocation] = []
    var line = 1
    var column = 1
    var iterator = marked.makeIterator()
    while let c = iterator.next() {
        if c == "1️⃣" {
            markers.append(PXLang.SourceLocation(line: line, column: column))
            continue
        }
        source.append(c)
        if c == "\n" {
            line += 1
            column = 1
        } else {
            column += c.unicodeScalars.count
        }
    }
    return (source, markers)
}
