import MarkupTree
@testable import Pipeline
import Testing

@Suite struct HeadingOutlineTests {
    @Test(arguments: [
        ("<h3>A</h3><p>x</p><h4>B</h4>", "<h2>A</h2><p>x</p><h3>B</h3>"),
        ("<h1>A</h1><h2>B</h2>", "<h2>A</h2><h3>B</h3>"),
        ("<h2>A</h2><h6>B</h6>", "<h2>A</h2><h6>B</h6>"),
        ("<h1>A</h1><h6>B</h6>", "<h2>A</h2><h6>B</h6>"),
        ("<blockquote><h4>Q</h4></blockquote><h5>R</h5>", "<blockquote><h2>Q</h2></blockquote><h3>R</h3>"),
        ("<p>No headings</p>", "<p>No headings</p>"),
    ])
    func highestHeadingBecomesH2(input: String, expected: String) {
        #expect(MarkupSerializer.innerHTML(HeadingOutline.normalized(MarkupParser.html(input))) == expected)
    }
}
