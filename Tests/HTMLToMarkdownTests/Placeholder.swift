// Tests for HTMLToMarkdown land here.
