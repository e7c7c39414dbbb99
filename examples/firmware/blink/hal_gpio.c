/* hal_gpio.c: the mock GPIO HAL (see hal_gpio.h). The output data
 * register is a volatile variable and the delay a calibrated-nothing busy
 * loop: QEMU runs as fast as it can, so the example does not wait. */
#include "hal_gpio.h"

/* Pins of the mock port: one 32-bit output data register. */
#define HAL_GPIO_PINS (32u)
/* Busy-loop iterations per millisecond of hal_delay_ms (nominal). */
#define HAL_LOOPS_PER_MS (10u)

static volatile uint32_t gpio_odr;

void hal_gpio_write(uint8_t pin, bool on) {
    if (pin >= HAL_GPIO_PINS)
        return;
    if (on)
        gpio_odr |= 1u << pin;
    else
        gpio_odr &= ~(1u << pin);
}

bool hal_gpio_read(uint8_t pin) {
    return pin < HAL_GPIO_PINS && ((gpio_odr >> pin) & 1u);
}

void hal_delay_ms(uint32_t ms) {
    for (volatile uint32_t i = 0; i < ms * HAL_LOOPS_PER_MS; i++) {
    }
}

uint32_t hal_gpio_odr(void) {
    return gpio_odr;
}
