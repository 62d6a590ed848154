// Tests for EbookBundle land here.
