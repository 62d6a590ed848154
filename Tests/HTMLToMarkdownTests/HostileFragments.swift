/// Hostile HTML fragments, written by hand: every spelling of `javascript:`, `vbscript:` and
/// `data:` a reviewer tried (character references in each form, tabs, line breaks, mixed case,
/// leading spaces and controls) in every attribute that holds a URL, and titles, nested links,
/// backslashes, angle brackets, autolinks and reference-style links built to break out of the
/// Markdown they are written into. `FixedPointTests` converts each one.
enum HostileFragments {
    /// Script and data URLs, spelled every way, in `href`.
    static let schemes: [String] = [
        #"<a href="javascript:alert(1)">x</a>"#,
        #"<a href="JaVaScRiPt:alert(1)">x</a>"#,
        #"<a href="  javascript:alert(1)">x</a>"#,
        #"<a href="&#1;&#31;javascript:alert(1)">x</a>"#,
        #"<a href="&#32;&#32;javascript:alert(1)">x</a>"#,
        #"<a href="java&#x09;script:alert(1)">x</a>"#,
        #"<a href="java&#x0A;script:alert(1)">x</a>"#,
        #"<a href="java&#13;script:alert(1)">x</a>"#,
        #"<a href="java&Tab;script:alert(1)">x</a>"#,
        #"<a href="javascript&colon;alert(1)">x</a>"#,
        #"<a href="javascript&amp;colon;alert(1)">x</a>"#,
        #"<a href="javascript&amp;#x03a;alert(1)">x</a>"#,
        #"<a href="javascript&amp;#00058;alert(1)">x</a>"#,
        #"<a href="javascript&amp;#x0003A;alert(1)">x</a>"#,
        #"<a href="javascript&amp;#58alert(1)">x</a>"#,
        #"<a href="javascript&amp;#X3a;alert(1)">x</a>"#,
        #"<a href="javascript&amp;#x000000000003a;alert(1)">x</a>"#,
        #"<a href="&amp;#106;avascript:alert(1)">x</a>"#,
        #"<a href="&amp;#x6A;avascript&amp;#x3A;alert(1)">x</a>"#,
        #"<a href="j&amp;#x0000000061;vascript:alert(1)">x</a>"#,
        #"<a href="javascript&amp;amp;colon;alert(1)">x</a>"#,
        #"<a href="javascript&amp;amp;#x3a;alert(1)">x</a>"#,
        #"<a href="java&amp;NewLine;script:alert(1)">x</a>"#,
        #"<a href="java&amp;Tab;script&amp;colon;alert(1)">x</a>"#,
        #"<a href="&amp;Tab;javascript:alert(1)">x</a>"#,
        #"<a href="&#xFEFF;javascript:alert(1)">x</a>"#,
        #"<a href="java&#xAD;script:alert(1)">x</a>"#,
        #"<a href="java&amp;shy;script:alert(1)">x</a>"#,
        #"<a href="java&#x200B;script:alert(1)">x</a>"#,
        #"<a href="javascript://%0Aalert(1)">x</a>"#,
        #"<a href="vbscript:msgbox(1)">x</a>"#,
        #"<a href="VBScript&amp;#x3a;msgbox(1)">x</a>"#,
        #"<a href="livescript:x">x</a>"#,
        #"<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>"#,
        #"<a href="data&amp;colon;text/html,x">x</a>"#,
        #"<a href="DaTa&amp;#58;text/html,x">x</a>"#,
    ]

    /// The same in the other attributes that hold a URL, kept or dropped.
    static let attributes: [String] = [
        #"<img src="javascript:alert(1)" alt="a">"#,
        #"<img src="java&amp;#x09;script:alert(1)" alt="a">"#,
        #"<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" alt="s">"#,
        #"<img src="data&amp;colon;image/png;base64,iVBOR" alt="d">"#,
        #"<img src="data:image/png;base64,iVBOR" alt="kept">"#,
        #"<img src="x" onerror="alert(1)" alt="y">"#,
        #"<img srcset="javascript:alert(1) 1x" src="/a.png" alt="s">"#,
        #"<video poster="javascript:alert(1)"><source src="javascript:alert(1)"></video>"#,
        #"<form><button formaction="javascript:alert(1)">x</button></form>"#,
        #"<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>"#,
        #"<a xlink:href="javascript:alert(1)" href="/ok">x</a>"#,
        #"<blockquote cite="javascript&amp;colon;x"><p>q</p></blockquote>"#,
        #"<p><q cite="javascript&amp;#x3a;x">q</q></p>"#,
        #"<p><q cite="/fine">q</q> <del cite="vbscript&amp;colon;x">d</del></p>"#,
        #"<iframe src="javascript:alert(1)"></iframe><p>after</p>"#,
        #"<iframe src="https://video.example/v" title="&lt;img src=x onerror=alert(1)&gt;"></iframe>"#,
        #"<object data="javascript:alert(1)"></object><embed src="data:text/html,x">"#,
        #"<p onclick="alert(1)" onmouseover="alert(2)">handlers</p>"#,
    ]

    /// Titles and alt texts that try to close their construct or become HTML.
    static let titles: [String] = [
        #"<a href="/ok" title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">x</a>"#,
        #"<a href="/ok" title="a&quot; onmouseover=&quot;alert(1)">x</a>"#,
        #"<a href="/ok" title="&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x</a>"#,
        #"<a href="/ok" title="back\&quot;slash\">x</a>"#,
        #"<a href="/ok" title="\\&quot;)">x</a>"#,
        #"<a href="/ok" title="&amp;quot;&amp;#x3c;img src=x onerror=alert(1)&gt;">x</a>"#,
        #"<a href="/ok" title="x&#10;&#10;y">x</a>"#,
        #"<a href="/ok" title="x&#10;&#10;[y](javascript:alert(1))">x</a>"#,
        #"<a href="/ok" title="&#9;&#11;&#12;">x</a>"#,
        #"<img src="/a.png" alt="&lt;img src=x onerror=alert(1)&gt;" title="&quot;&gt;&lt;svg onload=alert(1)&gt;">"#,
        #"<img src="/a.png" alt="](javascript:alert(1))" title="\">"#,
        #"<p><abbr title="&quot; onmouseover=&quot;alert(1)">a</abbr></p>"#,
    ]

    /// Links inside links, each with a title that must never become text.
    static let nestedLinks: [String] = [
        #"<a href="/a" title="&lt;img src=x onerror=alert(1)&gt;">a<span><a href="/b">b</a></span>c</a>"#,
        #"<a href="/a">a<b><a href="/b" title="&lt;img src=x onerror=alert(1)&gt;">b</a></b></a>"#,
        #"<p><a href="/a" title="&lt;img onerror=alert(1) src=x&gt;">x <em><a href="https://b.example/">https://b.example/</a></em> y</a></p>"#,
        #"<a href="/a" title="t&quot;&gt;"><img src="/i.png" alt="]( javascript:alert(1) )"></a>"#,
        #"<a href="/a" title="&lt;b&gt;"><a href="javascript&amp;colon;x" title="&lt;i&gt;">in</a></a>"#,
        #"<a href="/a" title="&lt;img src=x onerror=alert(1)&gt;"><strong><a href="/b"><a href="/c">deep</a></a></strong></a>"#,
    ]

    /// Backslashes, angle brackets, parentheses and references in destinations.
    static let destinations: [String] = [
        #"<a href="/a\">back</a>"#,
        #"<a href="/a\&amp;#58;b">x</a>"#,
        #"<a href="&lt;javascript:alert(1)&gt;">x</a>"#,
        #"<a href="/x&gt;&lt;img src=x onerror=alert(1)&gt;">x</a>"#,
        #"<a href="/a b)c(">x</a>"#,
        #"<a href="/x)" title="t">paren</a>"#,
        #"<a href="/x(" title="t">paren</a>"#,
        #"<a href="/a&#10;&#10;b">x</a>"#,
        #"<a href="/a&#9;b&#1;c">x</a>"#,
        #"<a href="/x?q=&amp;copy;&amp;amp;">c</a>"#,
        #"<a href="?x=javascript:alert(1)">q</a>"#,
        ##"<a href="#javascript:alert(1)">f</a>"##,
        #"<a href="mailto:a@example.com?subject=&amp;#x3a;">m</a>"#,
        #"<a href="https://example.com/">https://example.com/</a>"#,
        #"<a href="https://example.com/?a=1&amp;b=2">https://example.com/?a=1&amp;b=2</a>"#,
        #"<a href="javascript:alert(1)">javascript:alert(1)</a>"#,
    ]

    /// Text that looks like Markdown links, autolinks or HTML.
    static let textTraps: [String] = [
        #"<p>&lt;javascript:alert(1)&gt;</p>"#,
        #"<p>[x](javascript:alert(1))</p>"#,
        #"<p>![x](javascript:alert(1))</p>"#,
        #"<p>[x]: javascript:alert(1)</p><p>[x]</p>"#,
        #"<p>[x]</p><p>[x]: javascript&amp;colon;alert(1) "&lt;img src=x onerror=alert(1)&gt;"</p>"#,
        #"<p>&lt;img src=x onerror=alert(1)&gt;</p>"#,
        #"<p>&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;</p>"#,
        #"<p>&amp;#x3c;script&amp;#x3e;alert(1)</p>"#,
    ]

    /// Hostile links inside blocks written as raw HTML or with their own syntax.
    static let inBlocks: [String] = [
        #"<table><tr><td><a href="javascript&amp;colon;alert(1)" title="&lt;img onerror=x&gt;">t</a></td></tr></table>"#,
        #"<table><tr><td title="x">a</td></tr></table><p>[x](javascript:alert(1))</p>"#,
        #"<table><tr><td><a href="/a" title="x&#10;&#10;&lt;img src=x onerror=alert(1)&gt;">t</a></td></tr></table>"#,
        #"<table><tr><td><abbr title="&#13;&#13;&lt;img src=x onerror=alert(1)&gt;">t</abbr></td></tr></table>"#,
        #"<table><tr><td><pre>a&#13;&#13;&lt;img src=x onerror=alert(1)&gt;</pre></td></tr></table>"#,
        #"<pre><code class="language-js&quot; onclick=&quot;x">code</code></pre>"#,
        #"<h2><a href="javascript&amp;#x3a;alert(1)" title="&lt;b&gt;">h</a></h2>"#,
        #"<ul><li><a href="/a" title="x&#10;&#10;y">l</a></li></ul>"#,
        #"<details><summary><a href="javascript&amp;colon;x">s</a></summary>d</details>"#,
        #"<dl><dt><a href="java&amp;#9;script:x" title="&quot;">d</a></dt><dd>e</dd></dl>"#,
        #"<figure><a href="/a" title="&lt;svg onload=alert(1)&gt;"><img src="/b.png" alt="b"></a><figcaption><a href="vbscript:x">c</a></figcaption></figure>"#,
        #"<blockquote><p><a href="java&#x0D;script:x" title="&lt;/a&gt;">q</a></p></blockquote>"#,
        // Found by the fuzzer: a carriage return is a line end to CommonMark, but the writer
        // indented list items and quotes at line feeds only.
        #"<ul><li><pre>a&#13;&lt;img src=x onerror=alert(1)&gt;</pre></li></ul>"#,
        "<ul><li><pre>a\r&lt;img src=x onerror=alert(1)&gt;</pre></li></ul>",
        #"<blockquote><pre>a&#xD;&lt;img src=x onerror=alert(1)&gt;</pre></blockquote>"#,
        #"<ol><li><p>one&#13;- &lt;img src=x onerror=alert(1)&gt;</p></li></ol>"#,
        #"<ul><li><img src="/a.png" alt="x&#13;&lt;img src=x onerror=alert(1)&gt;"></li></ul>"#,
        // Found by the fuzzer: a reference split by line breaks is whole once they are dropped.
        "<a href=\"java&#x09;script&col\r\r\ron;alert(3)\">c</a>",
        #"<a href="javascript&col&#10;on;alert(3)">c</a>"#,
        "<a href=\"java&#x09;scriptA&col\r\ron;x(3)\">c</a>",
    ]

    /// Every fragment above.
    static let all = schemes + attributes + titles + nestedLinks + destinations + textTraps + inBlocks
}
