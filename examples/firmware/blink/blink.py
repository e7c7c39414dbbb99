"""blink: the LED logic of a firmware, in Python.

The GPIO HAL is C (hal_gpio.c); the three @extern functions below declare
it to Adder, which compiles calls to them into direct C calls. Under
CPython their Python bodies run instead: a mock of the same HAL, so
`python3 blink.py` (with compiler/python on PYTHONPATH) prints exactly what
the firmware prints under QEMU.

The pattern: a light running along four LEDs, then all LEDs blinking
together, showing the LED states after every step.
"""
from adder import extern, u8, u32

NUM_LEDS: int = 4
# The host mock's LED states; the C HAL keeps its own in a mock register.
mock_leds: list[bool] = [False, False, False, False]


@extern
def hal_gpio_write(pin: u8, on: bool) -> None:
    mock_leds[int(pin)] = on


@extern
def hal_gpio_read(pin: u8) -> bool:
    return mock_leds[int(pin)]


@extern
def hal_delay_ms(ms: u32) -> None:
    pass


def toggle(pin: int) -> None:
    hal_gpio_write(u8(pin), not hal_gpio_read(u8(pin)))


def show(step: int) -> None:
    states: str = ""
    for pin in range(NUM_LEDS):
        if hal_gpio_read(u8(pin)):
            states += "*"
        else:
            states += "."
    print(f"step {step:2}: {states}")


def running_light(steps: int) -> int:
    step: int = 0
    for i in range(steps):
        pin: int = i % NUM_LEDS
        toggle(pin)
        show(step)
        hal_delay_ms(u32(100))
        toggle(pin)
        step += 1
    return step


def blink_all(times: int, step: int) -> int:
    for i in range(2 * times):
        for pin in range(NUM_LEDS):
            toggle(pin)
        show(step)
        hal_delay_ms(u32(250))
        step += 1
    return step


print("blink: 4 LEDs")
steps: int = running_light(6)
steps = blink_all(2, steps)
on: int = 0
for p in range(NUM_LEDS):
    if hal_gpio_read(u8(p)):
        on += 1
print(f"done after {steps} steps, {on} LEDs on")
