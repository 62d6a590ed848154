// Tests for Pipeline land here.
