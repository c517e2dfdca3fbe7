import PXTestSupport
import Testing

/// Instances and classes defined at the prompt travel to real engine processes and back.
@Suite("Classes on engines", .serialized)
struct ClassEngineTests {
    static let session = """
        import ipyparallel as ipp
        from dataclasses import dataclass
        rc = ipp.Client()
        dv = rc[:]
        lv = rc.load_balanced_view()
        class Point:
            def __init__(self, x, y):
                self.x, self.y = x, y
            def __repr__(self):
                return f"Point({self.x}, {self.y})"
            def scaled(self, k):
                return Point(self.x * k, self.y * k)
            @property
            def norm1(self):
                return abs(self.x) + abs(self.y)

        class Point3(Point):
            def __init__(self, x, y, z):
                super().__init__(x, y)
                self.z = z
            def __repr__(self):
                return "3D" + super().__repr__()

        @dataclass(order=True)
        class Job:
            priority: int
            name: str = "job"

        class Boom(Exception):
            pass

        def explode(x):
            raise Boom(f"boom {x}")

        p = Point(1, -2)
        print("APPLY", dv.apply_sync(lambda q: q.norm1 * 10, p))
        print("MAP", lv.map_sync(p.scaled, [1, 2, 3]))
        r = rc[0].apply_sync(lambda q: q.scaled(5), Point3(1, 2, 3))
        print("BACK", r, type(r) is Point, isinstance(r, Point))
        print("MADE", rc[1].apply_sync(lambda: Point3(4, 5, 6)), type(rc[1].apply_sync(lambda: Point3(0, 0, 0))) is Point3)
        print("JOBS", sorted(dv.map_sync(lambda j: Job(j.priority * 2, j.name.upper()), [Job(3, "c"), Job(1, "a")])))
        try:
            rc[0].apply_sync(explode, 1)
        except Exception as e:
            print("ERROR", e.ename, e.evalue)
        print("DONE")
        """

    @Test("apply, map and results carry instances; methods make instances of their class; errors keep the class name")
    func roundTrips() {
        let result = Session.run(ClassEngineTests.session)
        let lines = result.output.split(separator: "\n").map(String.init)
        func line(_ marker: String) -> String? { lines.first { $0.hasPrefix(marker + " ") } }
        #expect(line("APPLY") == "APPLY [30, 30]", "\(result.output)")
        #expect(line("MAP") == "MAP [Point(1, -2), Point(2, -4), Point(3, -6)]", "\(result.output)")
        #expect(line("BACK") == "BACK Point(5, 10) True True", "\(result.output)")
        #expect(line("MADE") == "MADE 3DPoint(4, 5) True", "\(result.output)")
        #expect(line("JOBS") == "JOBS [Job(priority=2, name='A'), Job(priority=6, name='C')]", "\(result.output)")
        #expect(line("ERROR") == "ERROR Boom boom 1", "\(result.output)")
        #expect(lines.contains("DONE"), "\(result.output)")
    }
}
