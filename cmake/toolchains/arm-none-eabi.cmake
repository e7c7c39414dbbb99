# cmake/toolchains/arm-none-eabi.cmake: bare-metal Cortex-M with the GNU Arm
# toolchain (arm-none-eabi-gcc + newlib), run under QEMU for tests.
#
#   cmake -S . -B b --toolchain <adder>/cmake/toolchains/arm-none-eabi.cmake -DADDER_CPU=cortex-m4f
#
# ADDER_CPU picks the core flags, and the QEMU board that ctest runs
# executables on (CMAKE_CROSSCOMPILING_EMULATOR; ctest appends the ELF after
# -kernel). The flags and boards are the verified ones of TARGETS.md:
#   cortex-m0   -mcpu=cortex-m0, soft float                      microbit (16 KB RAM)
#   cortex-m3   -mcpu=cortex-m3, soft float                      mps2-an385
#   cortex-m4f  -mcpu=cortex-m4 -mfloat-abi=hard -mfpu=fpv4-sp-d16  mps2-an386
#   cortex-m7   -mcpu=cortex-m7 -mfloat-abi=hard -mfpu=fpv5-d16     mps2-an500
# Everything is compiled with -ffunction-sections -fdata-sections and
# linked with --gc-sections, so unused runtime parts cost no flash.
# ADDER_QEMU_TIMEOUT (seconds, default 60) bounds a test run: a hung
# firmware never exits on its own.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

if(NOT ADDER_CPU)
  set(ADDER_CPU cortex-m3)
endif()
set(ADDER_CPU "${ADDER_CPU}" CACHE STRING "Adder target core: cortex-m0, cortex-m3, cortex-m4f or cortex-m7")
set_property(CACHE ADDER_CPU PROPERTY STRINGS cortex-m0 cortex-m3 cortex-m4f cortex-m7)
set(_adder_cpu "${ADDER_CPU}")
if(_adder_cpu MATCHES "^m(0|3|4f|7)$")  # -DADDER_CPU=m4f is cortex-m4f
  set(_adder_cpu cortex-${_adder_cpu})
endif()
if(NOT ADDER_QEMU_TIMEOUT)
  set(ADDER_QEMU_TIMEOUT 60)
endif()

if(_adder_cpu STREQUAL "cortex-m0")
  set(_adder_cpu_flags "-mcpu=cortex-m0 -mthumb -mfloat-abi=soft")
  set(ADDER_BOARD microbit)
  set(_adder_qemu_machine -M microbit)
elseif(_adder_cpu STREQUAL "cortex-m3")
  set(_adder_cpu_flags "-mcpu=cortex-m3 -mthumb -mfloat-abi=soft")
  set(ADDER_BOARD mps2-an385)
  set(_adder_qemu_machine -M mps2-an385 -cpu cortex-m3)
elseif(_adder_cpu STREQUAL "cortex-m4f")
  set(_adder_cpu_flags "-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16")
  set(ADDER_BOARD mps2-an386)
  set(_adder_qemu_machine -M mps2-an386 -cpu cortex-m4)
elseif(_adder_cpu STREQUAL "cortex-m7")
  set(_adder_cpu_flags "-mcpu=cortex-m7 -mthumb -mfloat-abi=hard -mfpu=fpv5-d16")
  set(ADDER_BOARD mps2-an500)
  set(_adder_qemu_machine -M mps2-an500 -cpu cortex-m7)
else()
  message(FATAL_ERROR "ADDER_CPU='${ADDER_CPU}': expected cortex-m0, cortex-m3, cortex-m4f or cortex-m7")
endif()
# What adder_add_library and Adder::runtime read (AdderFunctions.cmake).
set(ADDER_TARGET "${_adder_cpu}")
set(ADDER_BOARD "${ADDER_BOARD}" CACHE INTERNAL "QEMU board of ADDER_CPU")

set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
find_program(CMAKE_OBJCOPY arm-none-eabi-objcopy)
find_program(CMAKE_SIZE arm-none-eabi-size)

set(CMAKE_C_FLAGS_INIT "${_adder_cpu_flags} -ffunction-sections -fdata-sections")
set(CMAKE_CXX_FLAGS_INIT "${_adder_cpu_flags} -ffunction-sections -fdata-sections")
set(CMAKE_ASM_FLAGS_INIT "${_adder_cpu_flags}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-Wl,--gc-sections")

# No startup files on the host side of the compiler check: a static library
# needs neither a linker script nor a vector table.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES ADDER_CPU ADDER_QEMU_TIMEOUT)

# Programs (adder, qemu, python) come from the host; the Adder package
# itself is a host install too, so packages are not re-rooted.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)

find_program(ADDER_QEMU_SYSTEM_ARM qemu-system-arm)
find_program(ADDER_TIMEOUT timeout)
if(ADDER_QEMU_SYSTEM_ARM)
  set(CMAKE_CROSSCOMPILING_EMULATOR
    ${ADDER_QEMU_SYSTEM_ARM} ${_adder_qemu_machine} -nographic -monitor none -serial none
    -semihosting-config enable=on,target=native -kernel)
  if(ADDER_TIMEOUT)
    list(PREPEND CMAKE_CROSSCOMPILING_EMULATOR ${ADDER_TIMEOUT} ${ADDER_QEMU_TIMEOUT})
  endif()
endif()
