// A program that imports SwiftPX registers functions with the runtime's types (`Registry`, `Value`,
// `Arguments`, `RuntimeError`) and the array type (`NDArray`) without importing those targets itself.
@_exported import PXNumeric
@_exported import PXRuntime
