print("main: before")
import broken

print("main: after")
