#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `Cluster.write_cluster_file()` writes (JSON, in `<profile dir>/cluster-<id>.json`) and
/// `Cluster.from_file()` reads: the cluster's settings, the client connection file of its controller and its
/// engine sets — the shape of ipyparallel's `Cluster.to_dict()`.
struct ClusterFile: Codable, Equatable {
    /// The cluster's settings.
    struct Settings: Codable, Equatable {
        var className = "ipyparallel.cluster.cluster.Cluster"
        var clusterID: String
        var controllerIP = ""
        var controllerLocation = ""
        var delay = 1.0
        var n: Int?
        var profileDirectory: String

        enum CodingKeys: String, CodingKey {
            case className = "class", clusterID = "cluster_id", controllerIP = "controller_ip"
            case controllerLocation = "controller_location", delay, n, profileDirectory = "profile_dir"
        }
    }

    /// Where clients connect.
    struct Controller: Codable, Equatable {
        var clientFile: String?

        enum CodingKeys: String, CodingKey {
            case clientFile = "client_file"
        }
    }

    /// One engine set: how many engines, started how.
    struct EngineSet: Codable, Equatable {
        var n: Int
        var launcher: String
    }

    var cluster: Settings
    var controller: Controller
    var engines: [String: EngineSet]

    /// The JSON text.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads the JSON text.
    static func decode(_ text: String) throws -> ClusterFile {
        try JSONDecoder().decode(ClusterFile.self, from: Data(text.utf8))
    }
}
