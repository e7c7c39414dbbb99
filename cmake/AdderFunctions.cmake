# cmake/AdderFunctions.cmake: what a project using Adder calls.
#
#   adder_add_library(NAME SOURCES a.py b.py [HEAP 16K] [OPTIONS ...])
#       compiles each .py with `adder compile --lib` (one custom command per
#       module, re-run through its depfile when the module, a module it
#       imports or a C header it reads changes) into a static library NAME
#       of the generated C, linked with Adder::runtime; the generated
#       headers (<module>.h) are on NAME's public include path.
#   adder_add_firmware(NAME SOURCES main.c ... [LIBRARIES lib ...])
#       an executable for the toolchain's board: the board's startup code
#       and linker script (Adder::board) and the libraries.
#   adder_add_firmware_test(NAME TARGET exe EXPECTED file [PYTHON main.py] [ARGS ...])
#       a ctest test running exe (under CMAKE_CROSSCOMPILING_EMULATOR when
#       cross-compiling) and comparing its stdout with file; with PYTHON,
#       also NAME.cpython, checking that CPython prints file for main.py.
#
# Targets it provides:
#   Adder::adder    the host compiler (imported from an install; the
#                   in-tree `adder`; or, when this build cross-compiles,
#                   built for the host by an ExternalProject)
#   Adder::runtime  the runtime compiled from source with the CURRENT
#                   toolchain; on arm-none-eabi with the static arena
#                   allocator and the semihosting port (ADDER_PORT)
#   Adder::board    (bare metal) startup code + linker script of ADDER_BOARD
#
# The includer sets ADDER_RUNTIME_SOURCE_DIR (runtime/*.c and boards/),
# ADDER_INCLUDE_DIR (adder/*.h), ADDER_PYTHON_DIR (adder.py, for CPython)
# and, for a source tree, ADDER_SOURCE_DIR; ADDER_CREATE_TARGETS makes the
# targets at once (else on first use, so Adder's own build makes none).
# The toolchain file sets ADDER_TARGET (cortex-m4f, ...) and ADDER_BOARD.
include_guard(GLOBAL)

# The functions run in the caller's scope, which may be a parent of the
# includer's (add_subdirectory): the locations are kept in the cache.
set(ADDER_FUNCTIONS_DIR "${CMAKE_CURRENT_LIST_DIR}" CACHE INTERNAL "")
set(ADDER_SOURCE_DIR "${ADDER_SOURCE_DIR}" CACHE INTERNAL "Adder source tree, if any")
set(ADDER_RUNTIME_SOURCE_DIR "${ADDER_RUNTIME_SOURCE_DIR}" CACHE INTERNAL "runtime/*.c, boards/")
set(ADDER_INCLUDE_DIR "${ADDER_INCLUDE_DIR}" CACHE INTERNAL "adder/*.h")
set(ADDER_PYTHON_DIR "${ADDER_PYTHON_DIR}" CACHE INTERNAL "adder.py for CPython")

# Which port.h implementation Adder::runtime is built with: host (stdio),
# semihost (ARM semihosting, for QEMU and debuggers) or none (the firmware
# supplies adder_port_write/adder_port_ticks_us/adder_port_exit itself).
if(CMAKE_C_COMPILER MATCHES "arm-none-eabi" OR CMAKE_SYSTEM_NAME STREQUAL "Generic")
  set(_adder_default_port semihost)
  set(ADDER_BARE_METAL ON CACHE INTERNAL "")
else()
  set(_adder_default_port host)
  set(ADDER_BARE_METAL OFF CACHE INTERNAL "")
endif()
set(ADDER_PORT "${_adder_default_port}" CACHE STRING "Adder runtime port: host, semihost or none")
set_property(CACHE ADDER_PORT PROPERTY STRINGS host semihost none)

# ---- Adder::adder ----------------------------------------------------------

# Makes Adder::adder if it does not exist yet, and records what a custom
# command must depend on to be re-run when the compiler changes.
function(_adder_host_tool)
  get_property(_done GLOBAL PROPERTY ADDER_TOOL_DEPENDS SET)
  if(_done)
    return()
  endif()
  if(TARGET Adder::adder)  # imported by AdderConfig.cmake
    get_target_property(_exe Adder::adder IMPORTED_LOCATION)
    set_property(GLOBAL PROPERTY ADDER_TOOL_DEPENDS "${_exe}")
    return()
  endif()
  if(ADDER_EXECUTABLE)  # given by the user
    add_executable(Adder::adder IMPORTED GLOBAL)
    set_target_properties(Adder::adder PROPERTIES IMPORTED_LOCATION "${ADDER_EXECUTABLE}")
    set_property(GLOBAL PROPERTY ADDER_TOOL_DEPENDS "${ADDER_EXECUTABLE}")
    return()
  endif()
  if(NOT CMAKE_CROSSCOMPILING AND TARGET adder)
    add_executable(Adder::adder ALIAS adder)
    set_property(GLOBAL PROPERTY ADDER_TOOL_DEPENDS adder)
    return()
  endif()
  if(NOT ADDER_SOURCE_DIR)
    message(FATAL_ERROR "Adder: no host `adder` (set ADDER_EXECUTABLE or install Adder)")
  endif()
  # Cross-compiling the Adder source tree: build the compiler for the host,
  # with the host's compiler (the toolchain file is not passed on).
  include(ExternalProject)
  set(_bin "${CMAKE_BINARY_DIR}/adder-host")
  set(_exe "${_bin}/adder${CMAKE_HOST_EXECUTABLE_SUFFIX}")
  ExternalProject_Add(adder_host
    SOURCE_DIR "${ADDER_SOURCE_DIR}"
    BINARY_DIR "${_bin}"
    CMAKE_ARGS -DCMAKE_BUILD_TYPE=Release -DADDER_BUILD_TESTS=OFF
    BUILD_COMMAND "${CMAKE_COMMAND}" --build "${_bin}" --target adder
    BUILD_ALWAYS ON
    BUILD_BYPRODUCTS "${_exe}"
    INSTALL_COMMAND ""
    USES_TERMINAL_BUILD ON)
  add_executable(Adder::adder IMPORTED GLOBAL)
  set_target_properties(Adder::adder PROPERTIES IMPORTED_LOCATION "${_exe}")
  add_dependencies(Adder::adder adder_host)
  set_property(GLOBAL PROPERTY ADDER_TOOL_DEPENDS "${_exe}")
  set_property(GLOBAL PROPERTY ADDER_TOOL_TARGET adder_host)
endfunction()

# ---- Adder::runtime ----------------------------------------------------------

# The runtime's sources: every runtime/*.c; the ports gate themselves on
# ADDER_PORT_HOST / ADDER_PORT_SEMIHOST (adder/config.h).
function(_adder_runtime_sources out)
  file(GLOB _all CONFIGURE_DEPENDS "${ADDER_RUNTIME_SOURCE_DIR}/*.c")
  if(NOT _all)
    message(FATAL_ERROR "Adder: no runtime sources in '${ADDER_RUNTIME_SOURCE_DIR}'")
  endif()
  set(${out} ${_all} PARENT_SCOPE)
endfunction()

function(_adder_runtime)
  if(TARGET adder_runtime)
    return()
  endif()
  _adder_runtime_sources(_srcs)
  add_library(adder_runtime STATIC ${_srcs})
  add_library(Adder::runtime ALIAS adder_runtime)
  target_include_directories(adder_runtime PUBLIC "${ADDER_INCLUDE_DIR}")
  target_compile_features(adder_runtime PUBLIC c_std_99)
  set_target_properties(adder_runtime PROPERTIES C_EXTENSIONS OFF OUTPUT_NAME adder-rt-${ADDER_PORT})
  target_compile_options(adder_runtime PRIVATE -ffunction-sections -fdata-sections)
  if(ADDER_PORT STREQUAL "semihost")
    target_compile_definitions(adder_runtime PUBLIC ADDER_PORT_SEMIHOST=1)
  elseif(ADDER_PORT STREQUAL "none")
    target_compile_definitions(adder_runtime PUBLIC ADDER_PORT_SEMIHOST=0 ADDER_PORT_HOST=0)
  elseif(ADDER_PORT STREQUAL "host")
    target_compile_definitions(adder_runtime PUBLIC ADDER_PORT_HOST=1)
  else()
    message(FATAL_ERROR "Adder: ADDER_PORT='${ADDER_PORT}': expected host, semihost or none")
  endif()
  if(ADDER_BARE_METAL)
    # No malloc: the heap is a static arena handed to adder_heap_init.
    # newlib-nano provides memcpy and libm only.
    target_compile_definitions(adder_runtime PUBLIC ADDER_ALLOC_ARENA=1)
    target_link_options(adder_runtime INTERFACE --specs=nano.specs -Wl,--gc-sections)
  endif()
  # The configuration level (adder/config.h): a Cortex-M0 gets MINIMAL, as
  # with `adder build --target=cortex-m0`, unless ADDER_CONFIG_LEVEL says.
  if(NOT ADDER_CONFIG_LEVEL AND ADDER_TARGET STREQUAL "cortex-m0")
    set(ADDER_CONFIG_LEVEL MINIMAL)
  endif()
  if(ADDER_TARGET STREQUAL "cortex-m0")  # flash is scarce: -Os, as adder build does
    target_compile_options(adder_runtime PRIVATE -Os)
  endif()
  if(ADDER_CONFIG_LEVEL)
    target_compile_definitions(adder_runtime PUBLIC
      ADDER_CONFIG_LEVEL=ADDER_CONFIG_LEVEL_${ADDER_CONFIG_LEVEL})
  endif()
  target_link_libraries(adder_runtime PUBLIC m)
endfunction()

# ---- Adder::board --------------------------------------------------------------

# Startup code and linker script of ADDER_BOARD, as an INTERFACE library
# (the startup file is compiled into each firmware): runtime/boards/ has
# the common startup_cortexm.c and cortex-m.ld, and boards/<board>/ the
# memory map memory.ld, found through -L. The heap arena and minimum stack
# sizes are memory.ld's defaults unless a library's HEAP overrides them
# (--defsym=__adder_heap_size=N).
function(_adder_board)
  if(TARGET Adder::board OR NOT ADDER_BOARD)
    return()
  endif()
  set(_boards "${ADDER_RUNTIME_SOURCE_DIR}/boards")
  set(_startup "${_boards}/startup_cortexm.c")
  set(_ld "${_boards}/cortex-m.ld")
  set(_mem "${_boards}/${ADDER_BOARD}/memory.ld")
  foreach(_f IN ITEMS "${_startup}" "${_ld}" "${_mem}")
    if(NOT EXISTS "${_f}")
      message(FATAL_ERROR "Adder: no board support for '${ADDER_BOARD}': ${_f} is missing")
    endif()
  endforeach()
  add_library(adder_board INTERFACE)
  add_library(Adder::board ALIAS adder_board)
  target_sources(adder_board INTERFACE "${_startup}")
  target_link_options(adder_board INTERFACE -nostartfiles "-L${_boards}/${ADDER_BOARD}"
    "-T${_ld}" -Wl,--gc-sections)
  set_property(TARGET adder_board APPEND PROPERTY INTERFACE_LINK_DEPENDS "${_ld}" "${_mem}")
  target_link_libraries(adder_board INTERFACE Adder::runtime)
endfunction()

# "16K", "2M" or a number of bytes, in bytes.
function(_adder_size_bytes out text)
  if(text MATCHES "^([0-9]+)[kK]$")
    math(EXPR _n "${CMAKE_MATCH_1} * 1024")
  elseif(text MATCHES "^([0-9]+)[mM]$")
    math(EXPR _n "${CMAKE_MATCH_1} * 1024 * 1024")
  elseif(text MATCHES "^[0-9]+$")
    set(_n "${text}")
  else()
    message(FATAL_ERROR "Adder: HEAP '${text}': expected a size such as 16K, 1M or 4096")
  endif()
  set(${out} ${_n} PARENT_SCOPE)
endfunction()

# ---- the functions -----------------------------------------------------------------

function(adder_add_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "HEAP" "SOURCES;OPTIONS")
  if(NOT arg_SOURCES)
    message(FATAL_ERROR "adder_add_library(${name}): no SOURCES")
  endif()
  _adder_host_tool()
  _adder_runtime()
  get_property(_tool_dep GLOBAL PROPERTY ADDER_TOOL_DEPENDS)
  get_property(_tool_target GLOBAL PROPERTY ADDER_TOOL_TARGET)
  set(_out "${CMAKE_CURRENT_BINARY_DIR}/${name}_py")
  file(MAKE_DIRECTORY "${_out}")
  set(_flags --lib)
  if(ADDER_TARGET)
    list(APPEND _flags --target=${ADDER_TARGET})
  endif()
  if(arg_HEAP)  # checked on every target; used on bare metal only (below)
    _adder_size_bytes(_heap "${arg_HEAP}")
  endif()
  list(APPEND _flags ${arg_OPTIONS})
  set(_csrcs)
  foreach(_py IN LISTS arg_SOURCES)
    get_filename_component(_abs "${_py}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    get_filename_component(_stem "${_py}" NAME_WE)
    add_custom_command(
      OUTPUT "${_out}/${_stem}.c" "${_out}/${_stem}.h"
      COMMAND Adder::adder compile ${_flags} "${_abs}" -o "${_out}"
              -MD -MF "${_out}/${_stem}.d"
      DEPENDS "${_abs}" ${_tool_dep}
      DEPFILE "${_out}/${_stem}.d"
      COMMENT "Adder: compiling ${_py}"
      VERBATIM)
    list(APPEND _csrcs "${_out}/${_stem}.c")
  endforeach()
  add_library(${name} STATIC ${_csrcs})
  target_include_directories(${name} PUBLIC "${_out}")
  target_link_libraries(${name} PUBLIC Adder::runtime)
  if(_tool_target)
    add_dependencies(${name} ${_tool_target})
  endif()
  if(arg_HEAP AND ADDER_BARE_METAL)
    # The arena is the linker script's .heap section (what `adder build
    # --heap` sets too): the firmware linking this library gets its size.
    # Hosted runtimes allocate with malloc and ignore HEAP.
    target_link_options(${name} INTERFACE "LINKER:--defsym=__adder_heap_size=${_heap}")
  endif()
endfunction()

function(adder_add_firmware name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LIBRARIES")
  _adder_runtime()
  add_executable(${name} ${arg_SOURCES})
  target_link_libraries(${name} PRIVATE ${arg_LIBRARIES} Adder::runtime)
  if(ADDER_BARE_METAL)
    _adder_board()
    if(NOT TARGET Adder::board)
      message(FATAL_ERROR "adder_add_firmware(${name}): no board (use the toolchain file "
        "cmake/toolchains/arm-none-eabi.cmake with -DADDER_CPU=...)")
    endif()
    target_link_libraries(${name} PRIVATE Adder::board)
    set_target_properties(${name} PROPERTIES SUFFIX .elf)
  endif()
endfunction()

function(adder_add_firmware_test name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "TARGET;EXPECTED;PYTHON" "ARGS")
  get_filename_component(_exp "${arg_EXPECTED}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  string(JOIN "|" _args ${arg_ARGS})
  if(arg_PYTHON)
    # NAME.cpython: CPython, with the adder module's pure-Python side,
    # prints the same (the expected file is CPython's output).
    find_package(Python3 3.11 COMPONENTS Interpreter QUIET)
    if(Python3_FOUND AND ADDER_PYTHON_DIR)
      get_filename_component(_py "${arg_PYTHON}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
      add_test(NAME ${name}.cpython COMMAND "${CMAKE_COMMAND}"
        "-DADDER_EMULATOR=${CMAKE_COMMAND}|-E|env|PYTHONPATH=${ADDER_PYTHON_DIR}|${Python3_EXECUTABLE}"
        "-DADDER_EXE=${_py}" "-DADDER_ARGS=${_args}" "-DADDER_EXPECTED=${_exp}"
        -P "${ADDER_FUNCTIONS_DIR}/AdderRunTest.cmake")
    endif()
  endif()
  set(_emu "")
  if(CMAKE_CROSSCOMPILING)
    if(NOT CMAKE_CROSSCOMPILING_EMULATOR)
      message(STATUS "Adder: no emulator, test ${name} not registered")
      return()
    endif()
    string(JOIN "|" _emu ${CMAKE_CROSSCOMPILING_EMULATOR})
  endif()
  add_test(NAME ${name} COMMAND "${CMAKE_COMMAND}"
    "-DADDER_EMULATOR=${_emu}" "-DADDER_EXE=$<TARGET_FILE:${arg_TARGET}>"
    "-DADDER_ARGS=${_args}" "-DADDER_EXPECTED=${_exp}"
    -P "${ADDER_FUNCTIONS_DIR}/AdderRunTest.cmake")
endfunction()

# A project that includes the Adder tree gets the targets right away.
if(ADDER_CREATE_TARGETS)
  _adder_host_tool()
  _adder_runtime()
  if(ADDER_BARE_METAL)
    _adder_board()
  endif()
endif()
