# The Adder toolchain file, for `--toolchain cmake/toolchains/arm-none-eabi.cmake`
# given from the Adder repository's root: CMake looks for a relative
# toolchain path in the build directory, then in the source directory (this
# example), so this file forwards to the repository's
# cmake/toolchains/arm-none-eabi.cmake. A copy of the example outside the
# repository passes the path of an installed one instead:
#   --toolchain <prefix>/lib/cmake/Adder/toolchains/arm-none-eabi.cmake
include(${CMAKE_CURRENT_LIST_DIR}/../../../../../cmake/toolchains/arm-none-eabi.cmake)
