héllo = "wörld"
ñ = 1
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 2
print("日本語", héllo)
