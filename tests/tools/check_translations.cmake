# The translations_complete test: refreshes a copy of camie_km.ts from the
# sources (so a string added without a translation shows up as unfinished)
# and fails when any message lacks a finished Khmer translation.
# Fix: cmake --build <dir> --target update_translations, then translate in
# translations/camie_km.ts (Qt Linguist or any editor).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY_FILE ${SOURCE_DIR}/translations/camie_km.ts ${WORK_DIR}/camie_km.ts)
# The same lupdate project description the build's update_translations uses
# (made from the one qt_add_translations wrote at configure time).
execute_process(
  COMMAND ${CMAKE_COMMAND} -DIN_FILE=${LUPDATE_PROJECT_IN}
          -DOUT_FILE=${WORK_DIR}/project.json -P ${LUPDATE_GENERATE}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project description (${rc})")
endif()
execute_process(
  # The same lupdate project the build's update_translations uses, so that
  # contexts (camie::ui::FormModel, ...) come out exactly as at run time.
  COMMAND ${LUPDATE} -silent -locations none -no-obsolete -project ${WORK_DIR}/project.json
          -ts ${WORK_DIR}/camie_km.ts
  WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
execute_process(COMMAND ${TS_CHECK} ${WORK_DIR}/camie_km.ts RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Khmer translations are missing or broken (listed above). Run the "
                      "update_translations target and translate translations/camie_km.ts.")
endif()
