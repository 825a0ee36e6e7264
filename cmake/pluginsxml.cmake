# SPDX-License-Identifier: GPL-2.0-or-later
# Writes a QGIS plugin repository (plugins.xml, the Plugin Manager's format) that lists one
# Veerkracht ZIP per QGIS minor version, each with the qgis_minimum_version and
# qgis_maximum_version from its own metadata.txt: a user adds the repository's URL once and the
# Plugin Manager offers the build for their QGIS.
# cmake -DZIPS="a.zip;b.zip" -DURL=https://…/download -DOUTPUT=plugins.xml -P cmake/pluginsxml.cmake
if(NOT ZIPS OR NOT URL OR NOT OUTPUT)
  message(FATAL_ERROR "usage: cmake -DZIPS=<zip;…> -DURL=<download folder> -DOUTPUT=<plugins.xml> -P pluginsxml.cmake")
endif()

function(xml_escape text out)
  string(REPLACE "&" "&amp;" text "${text}")
  string(REPLACE "<" "&lt;" text "${text}")
  string(REPLACE ">" "&gt;" text "${text}")
  string(REPLACE "\"" "&quot;" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(TIMESTAMP _now "%Y-%m-%dT%H:%M:%S" UTC)
set(_xml "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plugins>\n")
foreach(_zip IN LISTS ZIPS)
  get_filename_component(_zip "${_zip}" ABSOLUTE) # the archive is read from a temporary folder
  if(NOT EXISTS "${_zip}")
    message(FATAL_ERROR "pluginsxml: no such ZIP: ${_zip}")
  endif()
  get_filename_component(_name "${_zip}" NAME)
  string(MD5 _tmp "${_zip}")
  get_filename_component(_out_dir "${OUTPUT}" DIRECTORY)
  set(_dir "${_out_dir}/pluginsxml-${_tmp}")
  file(REMOVE_RECURSE "${_dir}")
  file(MAKE_DIRECTORY "${_dir}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf "${_zip}" veerkracht/metadata.txt WORKING_DIRECTORY "${_dir}" RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0 OR NOT EXISTS "${_dir}/veerkracht/metadata.txt")
    message(FATAL_ERROR "pluginsxml: ${_zip} has no veerkracht/metadata.txt")
  endif()
  # Read whole, key by key: a list of lines would break on a bracket in a value.
  file(READ "${_dir}/veerkracht/metadata.txt" _text)
  file(REMOVE_RECURSE "${_dir}")
  string(REPLACE "\r" "" _text "\n${_text}")
  foreach(_key name version description about author email homepage tracker repository tags icon experimental deprecated qgisMinimumVersion qgisMaximumVersion)
    set(_m_${_key} "")
    if(_text MATCHES "\n${_key}[ \t]*=[ \t]*([^\n]*)")
      set(_m_${_key} "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  foreach(_required name version qgisMinimumVersion qgisMaximumVersion)
    if(_m_${_required} STREQUAL "")
      message(FATAL_ERROR "pluginsxml: ${_zip}: metadata.txt has no ${_required}")
    endif()
  endforeach()
  foreach(_key name version description about author email homepage tracker repository tags experimental deprecated qgisMaximumVersion)
    xml_escape("${_m_${_key}}" _x_${_key})
  endforeach()
  xml_escape("${URL}" _x_url)
  xml_escape("${_name}" _x_file)
  # QGIS compares three-part versions.
  set(_min "${_m_qgisMinimumVersion}")
  if(_min MATCHES "^[0-9]+\\.[0-9]+$")
    set(_min "${_min}.0")
  endif()
  xml_escape("${_min}" _min)
  string(APPEND _xml
    "  <pyqgis_plugin name=\"${_x_name}\" version=\"${_x_version}\">\n"
    "    <description>${_x_description}</description>\n"
    "    <about>${_x_about}</about>\n"
    "    <version>${_x_version}</version>\n"
    "    <qgis_minimum_version>${_min}</qgis_minimum_version>\n"
    "    <qgis_maximum_version>${_x_qgisMaximumVersion}</qgis_maximum_version>\n"
    "    <homepage>${_x_homepage}</homepage>\n"
    "    <file_name>${_x_file}</file_name>\n"
    "    <icon>${_x_url}/icon.svg</icon>\n"
    "    <author_name>${_x_author}</author_name>\n"
    "    <download_url>${_x_url}/${_x_file}</download_url>\n"
    "    <uploaded_by>${_x_author}</uploaded_by>\n"
    "    <create_date>${_now}</create_date>\n"
    "    <update_date>${_now}</update_date>\n"
    "    <experimental>${_x_experimental}</experimental>\n"
    "    <deprecated>${_x_deprecated}</deprecated>\n"
    "    <tracker>${_x_tracker}</tracker>\n"
    "    <repository>${_x_repository}</repository>\n"
    "    <tags>${_x_tags}</tags>\n"
    "    <downloads>0</downloads>\n"
    "    <average_vote>0</average_vote>\n"
    "    <rating_votes>0</rating_votes>\n"
    "    <external_dependencies></external_dependencies>\n"
    "    <server>False</server>\n"
    "  </pyqgis_plugin>\n")
endforeach()
string(APPEND _xml "</plugins>\n")
file(WRITE "${OUTPUT}" "${_xml}")
list(LENGTH ZIPS _count)
message(STATUS "pluginsxml: ${OUTPUT} lists ${_count} ZIP(s)")
