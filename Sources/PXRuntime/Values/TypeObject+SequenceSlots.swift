// MARK: - Whether CPython's type has sequence slots (the wording of `del x[i]`'s TypeError)

extension TypeObject {
    /// Whether CPython's type for this one has sequence slots (`tp_as_sequence`): every class written in Python
    /// (a heap type), and the built-in and C types of ``CTypeNames/withSequenceSlots``. A Python class of swiftpx's
    /// library that stands for a C type (`datetime.date`) takes that type's answer.
    var hasSequenceSlots: Bool {
        let cName = messageName
        if isUserDefined && cName == name { return true }
        return CTypeNames.hasSequenceSlots(cName)
    }
}

extension CTypeNames {
    /// The types swiftpx has whose CPython 3.11 type has sequence slots, by `tp_name`: sequences and sets, dict
    /// views, structseqs, and C types CPython builds as heap types (re.Pattern, functools.partial). Read from
    /// CPython's own messages (`del x[0]` says "doesn't support item deletion" for exactly these).
    static let withSequenceSlots: Set<String> = [
        "bytearray", "bytes", "dict", "dict_items", "dict_keys", "dict_values", "frozenset", "list", "mappingproxy",
        "memoryview", "range", "set", "str", "tuple",
        "collections.OrderedDict", "collections.defaultdict", "collections.deque", "datetime.IsoCalendarDate",
        "errstate", "functools._lru_cache_wrapper", "functools.partial", "os.stat_result", "re.Match", "re.Pattern",
        "sys.float_info", "sys.version_info",
    ]

    /// Whether the type CPython names `name` has sequence slots (numpy's dtype classes are heap types).
    static func hasSequenceSlots(_ name: String) -> Bool {
        withSequenceSlots.contains(name) || name.hasPrefix("numpy.dtypes.")
    }
}

extension Value {
    /// Whether the built-in value a class extends answers `in` itself: a container does; a number does not, so
    /// that the error names the class.
    var answersContains: Bool {
        switch self {
        case .int, .bigint, .float, .bool, .none: return false
        default: return true
        }
    }

    /// Whether the built-in value a class extends supports `del value[key]` itself (a list, a dict, a native
    /// object); for any other the error names the class.
    var supportsItemDeletion: Bool {
        switch self {
        case .list, .dict, .object: return true
        default: return false
        }
    }
}
