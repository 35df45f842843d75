# `cmake --build <dir> --target format` rewrites sources with clang-format;
# `--target format-check` fails when any source differs from the style.
find_program(CLANG_FORMAT NAMES clang-format clang-format-14)
if(NOT CLANG_FORMAT)
  message(STATUS "clang-format not found: no format targets")
  return()
endif()

file(GLOB_RECURSE CAMIE_FORMAT_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
  ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
  ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h
  ${PROJECT_SOURCE_DIR}/tools/*.cpp ${PROJECT_SOURCE_DIR}/tools/*.h)

add_custom_target(format
  COMMAND ${CLANG_FORMAT} -i ${CAMIE_FORMAT_SOURCES}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "clang-format: rewriting sources")
add_custom_target(format-check
  COMMAND ${CLANG_FORMAT} --dry-run --Werror ${CAMIE_FORMAT_SOURCES}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "clang-format: checking sources")
if(CAMIE_BUILD_TESTS)
  add_test(NAME format_check
    COMMAND ${CLANG_FORMAT} --dry-run --Werror ${CAMIE_FORMAT_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
