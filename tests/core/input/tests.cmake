# Catch2 test sources for core/input, relative to tests/.
list(APPEND CAMIE_TEST_SOURCES
  core/input/key_text_test.cpp
  core/input/keyboard_layout_test.cpp
  core/input/keyboard_mode_test.cpp
)
