import a.b.c as d, e
from . import f
from ..g.h import (i as j, k,)
from __future__ import annotations
from m import *
