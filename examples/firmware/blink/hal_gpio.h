/* hal_gpio.h: a small mock GPIO HAL, the C side of blink.py's @extern
 * functions. On a real board these would write the GPIO port's output data
 * register; here the "register" is a variable, so the example runs on any
 * QEMU machine. The signatures are the C forms of the Python ones:
 * u8 -> uint8_t, u32 -> uint32_t, bool -> bool, None -> void. */
#ifndef HAL_GPIO_H
#define HAL_GPIO_H

#include <stdbool.h>
#include <stdint.h>

void hal_gpio_write(uint8_t pin, bool on);
bool hal_gpio_read(uint8_t pin);
void hal_delay_ms(uint32_t ms);
/* The mock output data register: bit n is LED n. */
uint32_t hal_gpio_odr(void);

#endif
