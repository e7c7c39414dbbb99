print("sensors package:", __name__)
VERSION: str = "1.2"
