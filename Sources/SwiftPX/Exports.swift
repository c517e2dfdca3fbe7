// A program that imports SwiftPX registers functions with the runtime's types (`Registry`, `Value`,
// `Arguments`, `NDArray`, `RuntimeError`) without importing the runtime target itself.
@_exported import PXRuntime
