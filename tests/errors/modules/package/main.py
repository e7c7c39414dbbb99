import tools.util
from tools import util, nothing
from tools.missing import g
from . import tools

print(util.K)
