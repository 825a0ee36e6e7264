# SPDX-License-Identifier: GPL-2.0-or-later
# Runs one fuzzer for a bounded time (cmake -P, from the fuzz target). It reads the committed
# corpus and writes what it finds to a work corpus in the build tree, crashes to ARTEFACTEN/:
# the source tree changes only through fuzz-merge.
if(DEFINED ENV{FUZZ_SECONDS})
  set(SECONDS $ENV{FUZZ_SECONDS})
endif()
file(MAKE_DIRECTORY ${WERK} ${ARTEFACTEN})
get_filename_component(_naam ${FUZZER} NAME)
set(_dict)
if(EXISTS ${DICT})
  set(_dict -dict=${DICT})
endif()
message(STATUS "${_naam}: ${SECONDS} s on ${CORPUS}")
execute_process(COMMAND ${FUZZER} ${WERK} ${CORPUS} ${_dict} ${FLAGS} -max_total_time=${SECONDS} -timeout=10
                        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${ARTEFACTEN}/${_naam}-
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${_naam} found a problem (exit ${_rc}); the input is in ${ARTEFACTEN}/ — replay it with ${FUZZER} <file>")
endif()
