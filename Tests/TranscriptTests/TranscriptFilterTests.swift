import PXTestSupport
import Testing

/// The rules of the one transcript filter, each shown on the text it masks and on text it must leave alone.
@Suite("Transcript filter")
struct TranscriptFilterTests {
    @Test("durations, rates, percentages and ratios; their column padding shrinks to one space")
    func numbers() {
        #expect(TranscriptFilter.mask("Wall time: 1.2 s, 4.05 µs, 3min 5s") == "Wall time: <t>, <t>, <t>")
        #expect(TranscriptFilter.mask("  12,345.6 tasks/s") == " <rate> tasks/s")
        #expect(TranscriptFilter.mask("     0      2   800 ms   80%") == "     0      2 <t> <n>%")
        #expect(TranscriptFilter.mask("speedup 1.93× on 2 engines") == "speedup <n>× on 2 engines")
        #expect(TranscriptFilter.mask("x = 12, items 3/4, a10 s") == "x = 12, items 3/4, a10 s")
    }

    @Test("timestamps, addresses, process ids and UUIDs")
    func identifiers() {
        #expect(TranscriptFilter.mask("2026-11-26T10:17:36.123456+00:00 and 10:17:36.123")
            == "<timestamp> and <timestamp>")
        #expect(TranscriptFilter.mask("<object at 0x7f3a9c0012a0>") == "<object at 0x<addr>>")
        #expect(TranscriptFilter.mask("engine 0 (pid 4242) died") == "engine 0 (pid <pid>) died")
        #expect(TranscriptFilter.mask("'f05d240f-8d57-79dd-ff29-fb2d86e5b15f'") == "'<uuid>'")
    }

    @Test("host and pid columns of tables")
    func tables() {
        let table = "id  host         pid  state    queue  done\n 0  build-7    31337  running      0     4\n 1  build-7      812  dead         0    11\nIn [5]: 1"
        #expect(TranscriptFilter.mask(table) == """
            id  host  pid  state  queue  done
             0  <host>  <pid>  running  0  4
             1  <host>  <pid>  dead  0  11
            In [5]: 1
            """)
    }

    @Test("Gantt rows of %timeline keep only their frame")
    func gantt() {
        #expect(TranscriptFilter.mask("engine 12 │ ██▓▓ x │") == "engine 12 │<bars>│")
        #expect(TranscriptFilter.mask("engine room │ a │") == "engine room │ a │")
    }
}
