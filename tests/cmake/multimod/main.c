/* tests/cmake/multimod/main.c: runs the two entry modules of the library. */
#include "app.h"
#include "other.h"

int main(void) {
    int status = adder_init_app();
    return status ? status : adder_init_other();
}
