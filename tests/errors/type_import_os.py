import os
import math
from collections import deque
