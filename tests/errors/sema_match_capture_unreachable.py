def classify(x: int) -> str:
    match x:
        case n:
            return "any"
        case 0:
            return "zero"
    return ""
