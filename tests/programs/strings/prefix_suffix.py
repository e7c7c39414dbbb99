# startswith() and endswith().
files: list[str] = ["main.py", "test_main.py", "README.md", "setup.cfg", "test_util.py", ".py"]
for f in files:
    print(f, f.startswith("test_"), f.endswith(".py"))
tests: list[str] = [f for f in files if f.startswith("test") and f.endswith(".py")]
print(tests)
print("abc".startswith(""), "abc".endswith(""), "".startswith("a"))
print("abc".startswith("abcd"), "abc".endswith("abc"))
