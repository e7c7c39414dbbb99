def parse(s: str) -> int:
    try:
        return int(s)
    except:
        return 0
    except ValueError:
        return -1
