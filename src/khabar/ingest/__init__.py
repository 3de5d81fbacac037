"""Reading articles: bytes to text (encodings, HTML) and, later, many sources to records."""
