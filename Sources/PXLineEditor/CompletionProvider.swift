/// Supplies completions when the user presses Tab.
///
/// The shell implements it with its knowledge of names, attributes, magics
/// and keyword arguments. It is called on the thread that reads the line,
/// while the line is being edited, so it should answer quickly.
public protocol CompletionProvider {
    /// Completes the word that ends at the cursor.
    ///
    /// A candidate is the full replacement for the word, so the provider
    /// decides what follows a name (`print(`, `math.`). A single candidate is
    /// inserted as is; with several, the editor inserts their longest common
    /// prefix and, when nothing more can be inserted, lists them below the line.
    /// - Parameter textBeforeCursor: The line from its start up to the cursor.
    /// - Returns: Where the word starts in `textBeforeCursor`, and the candidates.
    func completions(for textBeforeCursor: String) -> Completion
}
