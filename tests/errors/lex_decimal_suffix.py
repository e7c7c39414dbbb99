size = 10abc
