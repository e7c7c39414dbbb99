# cmake/AdderRunTest.cmake: the body of an adder_add_firmware_test() test.
#   cmake -DADDER_EMULATOR=a|b|-kernel -DADDER_EXE=fw.elf -DADDER_ARGS=x|y
#         -DADDER_EXPECTED=expected.txt -P AdderRunTest.cmake
# Runs the program (after the emulator command, '|'-separated, when given)
# and fails unless it exits with status 0 and prints exactly the expected
# file on stdout. Line ends are compared as '\n'.
string(REPLACE "|" ";" _emu "${ADDER_EMULATOR}")
string(REPLACE "|" ";" _args "${ADDER_ARGS}")
execute_process(COMMAND ${_emu} "${ADDER_EXE}" ${_args}
  OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc)
file(READ "${ADDER_EXPECTED}" _want)
string(REPLACE "\r\n" "\n" _out "${_out}")
string(REPLACE "\r\n" "\n" _want "${_want}")
if(NOT _rc STREQUAL "0" OR NOT _out STREQUAL _want)
  # message() without a mode prints the text unformatted.
  message("--- stdout:\n${_out}--- expected (${ADDER_EXPECTED}):\n${_want}--- stderr:\n${_err}")
  if(NOT _rc STREQUAL "0")
    message(FATAL_ERROR "${ADDER_EXE} exited with status ${_rc}")
  endif()
  message(FATAL_ERROR "${ADDER_EXE}: the output differs from ${ADDER_EXPECTED}")
endif()
message(STATUS "${ADDER_EXE}: output matches ${ADDER_EXPECTED}")
