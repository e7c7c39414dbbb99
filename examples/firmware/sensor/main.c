/* main.c: the sensor firmware's C entry point. The board's startup code
 * (Adder's startup_cortexm.c) has set up memory and the heap arena; main
 * runs sensor.py, whose adder_init_sensor() (from `adder compile --lib`)
 * first initialises the modules it imports (frames, movavg), and returns
 * its status as the program's exit status. */
#include "sensor.h"

int main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    return adder_init_sensor();
}
