# SPDX-License-Identifier: GPL-2.0-or-later
# Finds the QGIS libraries (core, gui, analysis), their version and the Qt major version that
# this QGIS was built with, so that the project builds against Qt 5 (QGIS 3.22 on Debian 12)
# or Qt 6 (QGIS 3.40+ / 4.x) without being told.
#
# Sets: QGIS_FOUND, QGIS_INCLUDE_DIR, QGIS_CORE_LIBRARY, QGIS_GUI_LIBRARY, QGIS_ANALYSIS_LIBRARY,
#       QGIS_VERSION_INT, QGIS_VERSION_STRING, QGIS_QT_MAJOR, QGIS_PREFIX, QGIS_PLUGIN_DIR
# and the imported targets QGIS::Core, QGIS::Gui, QGIS::Analysis.
# Hints: QGIS_ROOT (a prefix such as /usr or /opt/qgis), QGIS_QT_MAJOR (force 5 or 6).

set(_qgis_hints ${QGIS_ROOT} $ENV{QGIS_ROOT} $ENV{QGIS_PREFIX_PATH})

find_path(QGIS_INCLUDE_DIR qgsconfig.h
  HINTS ${_qgis_hints}
  PATH_SUFFIXES include/qgis qgis include
  PATHS /usr /usr/local /opt/qgis)

foreach(_part core gui analysis)
  string(TOUPPER ${_part} _PART)
  find_library(QGIS_${_PART}_LIBRARY NAMES qgis_${_part}
    HINTS ${_qgis_hints}
    PATH_SUFFIXES lib lib64 ${CMAKE_LIBRARY_ARCHITECTURE} lib/${CMAKE_LIBRARY_ARCHITECTURE})
endforeach()

if(QGIS_INCLUDE_DIR)
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_int REGEX "^#define _QGIS_VERSION_INT ")
  string(REGEX REPLACE ".*_QGIS_VERSION_INT ([0-9]+).*" "\\1" QGIS_VERSION_INT "${_qgis_int}")
  math(EXPR _major "${QGIS_VERSION_INT} / 10000")
  math(EXPR _minor "(${QGIS_VERSION_INT} / 100) % 100")
  math(EXPR _patch "${QGIS_VERSION_INT} % 100")
  set(QGIS_VERSION_STRING "${_major}.${_minor}.${_patch}")
endif()

# Debian's QGIS is built with QtWebKit but its headers do not say so: qgswebpage.h then wants
# WITH_QTWEBKIT defined (and QtWebKit), as qgswebframe.h is not installed.
if(QGIS_INCLUDE_DIR AND NOT EXISTS "${QGIS_INCLUDE_DIR}/qgswebframe.h")
  set(QGIS_WITH_QTWEBKIT TRUE)
else()
  set(QGIS_WITH_QTWEBKIT FALSE)
endif()

# Some Debian QGIS headers include "scalebar/…" while the header is installed flat: a shim folder.
set(QGIS_SHIM_INCLUDE_DIR "")
if(QGIS_INCLUDE_DIR AND NOT EXISTS "${QGIS_INCLUDE_DIR}/scalebar/qgsscalebarsettings.h" AND EXISTS "${QGIS_INCLUDE_DIR}/qgsscalebarsettings.h")
  set(QGIS_SHIM_INCLUDE_DIR "${CMAKE_BINARY_DIR}/qgis_include_shim")
  foreach(_header qgsscalebarsettings.h qgsscalebarrenderer.h)
    file(WRITE "${QGIS_SHIM_INCLUDE_DIR}/scalebar/${_header}" "#include <${_header}>\n")
  endforeach()
endif()

# The Qt major is the one libqgis_core links against.
if(NOT QGIS_QT_MAJOR AND QGIS_CORE_LIBRARY)
  get_filename_component(_core_real "${QGIS_CORE_LIBRARY}" REALPATH)
  file(STRINGS "${_core_real}" _qt6 REGEX "libQt6Core" LIMIT_COUNT 1)
  if(_qt6)
    set(QGIS_QT_MAJOR 6)
  else()
    set(QGIS_QT_MAJOR 5)
  endif()
endif()
set(QGIS_QT_MAJOR ${QGIS_QT_MAJOR} CACHE STRING "Qt major version QGIS was built with")

if(QGIS_CORE_LIBRARY AND NOT QGIS_PREFIX)
  # <prefix>/lib[/<arch>]/libqgis_core.so -> <prefix>
  get_filename_component(_libdir "${QGIS_CORE_LIBRARY}" DIRECTORY)
  get_filename_component(_p "${_libdir}" DIRECTORY)
  get_filename_component(_pname "${_p}" NAME)
  if(_pname MATCHES "^lib")
    get_filename_component(_p "${_p}" DIRECTORY)
  endif()
  set(QGIS_PREFIX "${_p}" CACHE PATH "QGIS installation prefix (QgsApplication prefix path)")
  get_filename_component(QGIS_LIBDIR "${QGIS_CORE_LIBRARY}" DIRECTORY)
  set(QGIS_PLUGIN_DIR "${QGIS_LIBDIR}/qgis/plugins" CACHE PATH "Where QGIS looks for C++ plugins")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(VeerkrachtQGIS
  REQUIRED_VARS QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_ANALYSIS_LIBRARY QGIS_VERSION_INT
  VERSION_VAR QGIS_VERSION_STRING)

if(VeerkrachtQGIS_FOUND)
  set(QGIS_FOUND TRUE)
  foreach(_part Core Gui Analysis)
    string(TOUPPER ${_part} _PART)
    if(NOT TARGET QGIS::${_part})
      add_library(QGIS::${_part} UNKNOWN IMPORTED)
      set_target_properties(QGIS::${_part} PROPERTIES
        IMPORTED_LOCATION "${QGIS_${_PART}_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}")
      if(QGIS_SHIM_INCLUDE_DIR)
        set_property(TARGET QGIS::${_part} APPEND PROPERTY INTERFACE_INCLUDE_DIRECTORIES "${QGIS_SHIM_INCLUDE_DIR}")
      endif()
    endif()
  endforeach()
endif()
