extension StringProtocol {
    /// The text without leading and trailing characters from `characters`.
    public func trimming(_ characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, set.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, set.contains(l) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
