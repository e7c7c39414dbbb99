# app: imports util; regenerated when app.py or util.py changes.
from util import scale, OFFSET

print("app", scale(3), OFFSET)
