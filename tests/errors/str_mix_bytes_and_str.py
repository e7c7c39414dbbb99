v = ("text"
     b"bytes")
