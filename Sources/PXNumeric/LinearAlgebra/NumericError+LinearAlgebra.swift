/// The errors of the linear-algebra routines, with numpy's texts.
extension NumericError {
    /// `LinAlgError: message`.
    public static func linAlg(_ message: String) -> NumericError { NumericError(.linAlgError, message) }

    /// `LinAlgError: Singular matrix`.
    public static let singular = linAlg("Singular matrix")
    /// `LinAlgError: Last 2 dimensions of the array must be square`.
    public static let notSquare = linAlg("Last 2 dimensions of the array must be square")
}
