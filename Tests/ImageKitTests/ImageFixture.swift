import ArticleModel
import Foundation

/// The fixture pictures in `Fixtures/` and the table `Fixtures/headers.tsv` of what each
/// header says (written by hand; `make-fixtures.py` drew the pictures).
enum ImageFixture {
    /// One row of the table: a file and its expected header, nil for no usable picture.
    struct Row {
        let file: String
        let expected: (format: ImageFormat, width: Int, height: Int)?
    }

    /// The fixture folder.
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// The bytes of a fixture file.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// The picture files in the folder (everything but the table).
    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "headers.tsv" }.sorted()
    }

    /// The rows of `headers.tsv`: `file TAB format TAB width TAB height`, or `file TAB -`.
    static func rows() throws -> [Row] {
        let text = try String(contentsOf: folder.appendingPathComponent("headers.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 4, let format = ImageFormat(rawValue: fields[1]),
                  let width = Int(fields[2]), let height = Int(fields[3]) else { return Row(file: fields[0], expected: nil) }
            return Row(file: fields[0], expected: (format, width, height))
        }
    }
}
