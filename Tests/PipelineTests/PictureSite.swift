import ArticleModel
import Foundation

/// A small site folder with a media store, written into a temporary folder: one article with a
/// stored picture in its text, another in a figure, a remote one, and a stored lead image; a
/// draft and stored pictures no article uses. The pictures are real files, made once with
/// Pillow (`Image.new(...).save(...)`) and kept here in base64.
struct PictureSite {
    /// An 8 × 6 PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAO0lEQVR42mP8////fk1NBgzAuE9Dw/H6dQYGBjRpxn0aGhCW4/XryHJMcNZ+TU2IVnQdcH0QRegScGkAEp4WPQw5LNYAAAAASUVORK5CYII=")!
    /// A 12 × 8 JPEG.
    static let jpeg = Data(base64Encoded: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAIAAwDASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAMF/8QAJBAAAAIIBwAAAAAAAAAAAAAAAAEREhMUFTEyMwIDBAUhUYH/xAAUAQEAAAAAAAAAAAAAAAAAAAAF/8QAHhEAAQMEAwAAAAAAAAAAAAAAAQIDEgARIUEEcZH/2gAMAwEAAhEDEQA/AI7XCHbFEbq5orpQXXoz9Qyec1haXNSdKeJgAdb48HFOSJvonA6GqNU5JITYY9r/2Q==")!
    /// A 5 × 5 GIF.
    static let gif = Data(base64Encoded: "R0lGODdhBQAFAIEAABR4PPr6+gAAAAAAACwAAAAABQAFAAAIDQABCBxIUGCAgggBBAQAOw==")!

    /// A 1600 × 40 PNG, wider than a phone.
    static let widePNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAABkAAAAAoCAIAAAApGaH9AAABNklEQVR42u3YMQEAIAzAMEDNJCIHqdjokUjo2T33LQAAAACoOhIAAAAAUGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQZmABAAAAkGZgAQAAAJBmYAEAAACQ9gERbgGQ3+7kXAAAAABJRU5ErkJggg==")!

    /// The stored pictures: source address, file name in `media/`, format, size, bytes.
    static let pictures: [(source: String, file: String, format: ImageFormat, width: Int, height: Int, data: Data)] = [
        ("https://pics.example/quay.png", "bebceba0382963ca779deb17f82c7a39.png", .png, 8, 6, png),
        ("https://pics.example/boats.jpg?w=600&h=400", "0d4f5c2a9e8b7d6c5b4a39281706f5e4.jpg", .jpeg, 12, 8, jpeg),
        ("https://pics.example/lead.gif", "4bdfe072d00a65b407966582583d6c7e.gif", .gif, 5, 5, gif),
        ("https://pics.example/draft.png", "9a8b7c6d5e4f30211203948576afbecd.png", .png, 8, 6, png),
        ("https://pics.example/unused.gif", "1f2e3d4c5b6a79880978a6b5c4d3e2f1.gif", .gif, 5, 5, gif),
        ("https://pics.example/wide.png", "28051bd2631566973b520e920ddbb977.png", .png, 1600, 40, widePNG),
    ]

    /// The published article: two stored pictures, a remote one, and a stored lead image.
    static let article = """
        ---
        title: "Harbour Day"
        date: 2024-06-01T10:00:00Z
        tags: [Harbour]
        image: "https://pics.example/lead.gif"
        ---

        The quay at dawn.

        ![The quay](https://pics.example/quay.png "Quay")

        <figure><img src="https://pics.example/boats.jpg?w=600&amp;h=400" alt="Boats" width="300"><figcaption>Boats in the harbour</figcaption></figure>

        ![Remote](https://elsewhere.example/gone.jpg)

        """

    /// A draft: its stored picture is not published.
    static let draft = """
        ---
        title: "Not yet"
        date: 2024-06-02T10:00:00Z
        draft: true
        ---

        ![Draft](https://pics.example/draft.png)

        """

    /// The site folder.
    let folder: URL

    /// Writes the site into `parent/site`: `site.yml`, the two articles and, when `store` is set,
    /// `media/` with every picture and its record.
    init(in parent: URL, store: Bool = true) throws {
        folder = parent.appendingPathComponent("site")
        let content = folder.appendingPathComponent("content/2024")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("title: Harbour Pictures\nlanguage: en\n".utf8).write(to: folder.appendingPathComponent("site.yml"))
        try Data(Self.article.utf8).write(to: content.appendingPathComponent("harbour-day.md"))
        try Data(Self.draft.utf8).write(to: content.appendingPathComponent("not-yet.md"))
        guard store else { return }
        let media = folder.appendingPathComponent(MediaLibrary.folder)
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        for picture in Self.pictures { try picture.data.write(to: media.appendingPathComponent(picture.file)) }
        try Data(Self.record.utf8).write(to: media.appendingPathComponent("index.json"))
    }

    /// The store's record, `media/index.json`, as `fetch` writes it.
    static var record: String {
        let entries = pictures.sorted { $0.source < $1.source }.map { picture in
            """
                "\(picture.source)" : {
                  "bytes" : \(picture.data.count),
                  "file" : "\(picture.file)",
                  "height" : \(picture.height),
                  "type" : "\(picture.format.rawValue)",
                  "width" : \(picture.width)
                }
            """
        }
        return "{\n  \"images\" : {\n" + entries.joined(separator: ",\n") + "\n  }\n}\n"
    }

    /// The stored file's name for `source`.
    static func file(_ source: String) -> String { pictures.first { $0.source == source }!.file }
}
