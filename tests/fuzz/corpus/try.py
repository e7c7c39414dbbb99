try:
    raise ValueError("x") from None
except (ValueError, TypeError) as e:
    pass
except Exception:
    raise
else:
    pass
finally:
    pass
try:
    pass
except* OSError as eg:
    pass
