import PXRuntime

/// ipyparallel's traitlets configuration of a Cluster (`config`, `profile_config`). swiftpx has no traitlets and
/// reads no configuration files: a profile's configuration is only its location, as ipyparallel shows it for a
/// profile without files, and `config=` is a dict of sections of which swiftpx applies the `Cluster` section, as
/// keywords; any other section raises, since swiftpx's launchers take `Cluster(...)` keywords instead.
extension ClusterObject {
    /// `profile_config`: `{'ProfileDir': {'location': <profile dir>}}`, or `{}` with `load_profile=False`.
    var profileConfig: DictObject {
        let config = DictObject()
        guard (traits["load_profile"] ?? .bool(true)).isTruthy else { return config }
        let profileDir = DictObject()
        profileDir.set("location", .str(profileDirectory))
        config.set("ProfileDir", .dict(profileDir))
        return config
    }

    /// `config`: the profile's configuration with the sections given to `config=` merged in.
    func configuration(_ vm: Interpreter) throws -> DictObject {
        let merged = profileConfig
        guard case .dict(let given)? = traits["config"] else { return merged }
        for (key, value) in given.storage {
            if case .dict(let mine)? = try merged.get(key.value), case .dict(let theirs) = value {
                let section = DictObject()
                for (name, setting) in mine.storage { try section.set(name.value, setting) }
                for (name, setting) in theirs.storage { try section.set(name.value, setting) }
                try merged.set(key.value, .dict(section))
            } else {
                try merged.set(key.value, value)
            }
        }
        return merged
    }

    /// Applies `config=`'s `Cluster` section as keyword traits, after checking every section and setting.
    /// - Throws: `TypeError` when it is not a dict of dicts; `ValueError` for another section or an unknown setting.
    func applyConfiguration(_ value: Value, _ vm: Interpreter) throws {
        guard case .dict(let sections) = value else {
            throw RuntimeError.typeError("The 'config' trait of a Cluster instance expected a dict of sections (swiftpx "
                + "has no traitlets Config), not the \(value.typeName) \(ValueFormatter.repr(value, vm)).")
        }
        var settings: [(String, Value)] = []
        for (key, section) in sections.storage {
            guard case .str(let name) = key.value, name == "Cluster" else {
                throw RuntimeError.valueError("swiftpx applies only the 'Cluster' section of config, not "
                    + "\(ValueFormatter.repr(key.value, vm)): swiftpx starts engines with Cluster(...) keywords "
                    + "(engines=, hosts=, controller_ip=, ...)")
            }
            guard case .dict(let items) = section else {
                throw RuntimeError.typeError("config['Cluster'] must be a dict, not \(section.typeName)")
            }
            for (setting, item) in items.storage {
                guard case .str(let trait) = setting.value, trait != "config",
                      Self.traitDefaults.contains(where: { $0.0 == trait }) else {
                    throw RuntimeError.valueError("config['Cluster']: \(ValueFormatter.repr(setting.value, vm)) is not "
                        + "a setting of Cluster")
                }
                settings.append((trait, item))
            }
        }
        for (trait, item) in settings { try setTrait(trait, item, vm) }
    }
}
