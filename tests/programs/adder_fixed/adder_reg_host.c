/* C side of adder_reg_host.py: a zeroed buffer standing in for registers. */
#include <stdint.h>

static uint64_t peripheral[2];

int64_t fake_peripheral(void) { return (int64_t)(uintptr_t)peripheral; }
