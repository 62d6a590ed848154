// Tests for MarkdownRender land here.
