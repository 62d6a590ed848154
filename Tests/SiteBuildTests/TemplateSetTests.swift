import Templating
import Testing

@Suite struct TemplateSetTests {
    @Test func escapesVariablesButNotTripleBraces() throws {
        let set = try TemplateSet(sources: ["t": "{{text}}|{{{html}}}"])
        #expect(try set.render("t", ["text": "<a href=\"x\">&'", "html": "<em>ok</em>"])
            == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;|<em>ok</em>")
    }

    @Test func childrenFillTheBlocksOfTheirParent() throws {
        let set = try TemplateSet(sources: [
            "base": "<main>{{$content}}default{{/content}}</main>",
            "page": "{{<base}}{{$content}}{{title}}{{/content}}{{/base}}",
            "item": "{{#items}}[{{>entry}}]{{/items}}",
            "entry": "{{name}}",
        ])
        #expect(try set.render("page", ["title": "Hi"]) == "<main>Hi</main>")
        #expect(try set.render("item", ["items": [["name": "a"], ["name": "b"]]]) == "[a][b]")
    }

    @Test func aMissingTemplateThrows() throws {
        let set = try TemplateSet(sources: [:])
        #expect(throws: TemplateError.missingTemplate("nope")) { try set.render("nope", [:]) }
    }

    @Test func syntaxErrorsGiveTemplateLineAndColumn() {
        #expect(throws: TemplateError.syntax(template: "list", line: 2, column: 14,
                                             message: "a closing tag does not match the section it closes")) {
            try TemplateSet(sources: ["ok": "fine", "list": "line one\n{{#items}}{{/things}}"])
        }
    }
}
