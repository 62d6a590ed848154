import Foundation

/// The live-reload script `broadsheet serve` adds to every page it serves (and never to the
/// files it builds): it listens to ``ServePaths/events`` and reloads the page when a build
/// other than the one it was served with is announced, or shows a failed build's message
/// over the page. Served at ``ServePaths/script``.
enum ReloadScript {
    /// The script's text.
    static let source = """
        // Live reload for `broadsheet serve`; served by it alone, never part of the built site.
        (function () {
          "use strict";
          var script = document.currentScript;
          var servedBuild = script ? new URL(script.src).searchParams.get("build") : null;
          var overlay = null;
          function showFailure(text) {
            if (!overlay) {
              overlay = document.createElement("pre");
              overlay.id = "broadsheet-build-failed";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;margin:0;padding:2em;" +
                "overflow:auto;white-space:pre-wrap;background:rgba(40,0,0,0.94);color:#fff;" +
                "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "The build failed; this is the last good version of the page.\\n\\n" + text;
          }
          var events = new EventSource("\(ServePaths.events)");
          events.addEventListener("build", function (event) {
            if (event.data !== servedBuild) { location.reload(); }
          });
          events.addEventListener("failed", function (event) { showFailure(event.data); });
        })();

        """

    /// The element that loads the script, naming the build the page comes from.
    static func element(build: String) -> String {
        let id = build.addingPercentEncoding(withAllowedCharacters: Self.idCharacters) ?? ReloadChannel.noBuild
        return "<script src=\"\(ServePaths.script)?build=\(id)\"></script>"
    }

    /// What a build id may hold unescaped in the script's address.
    private static let idCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")

    /// `page` with the script element before its last `</body>` (any case), or at its end
    /// when it has none.
    static func inject(into page: Data, build: String) -> Data {
        let element = Data(element(build: build).utf8)
        guard let end = lastBodyEnd(in: page) else { return page + element }
        var out = page
        out.insert(contentsOf: element, at: end)
        return out
    }

    /// The index of the last `</body` in `page`, compared without case.
    static func lastBodyEnd(in page: Data) -> Data.Index? {
        let tag = Array("</body".utf8)
        let bytes = [UInt8](page)
        guard bytes.count >= tag.count else { return nil }
        var start = bytes.count - tag.count
        while start >= 0 {
            if (0..<tag.count).allSatisfy({ Self.same(bytes[start + $0], tag[$0]) }) {
                return page.startIndex + start
            }
            start -= 1
        }
        return nil
    }

    /// Whether `byte` is `lowercase`, or its capital when it is a letter.
    private static func same(_ byte: UInt8, _ lowercase: UInt8) -> Bool {
        byte == lowercase || (lowercase >= UInt8(ascii: "a") && lowercase <= UInt8(ascii: "z") && byte == lowercase - 0x20)
    }
}
