# Sources of core/input (the on-screen keyboard's layouts and what keys type), relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  input/key_text.cpp input/key_text.h
  input/keyboard_layout.cpp input/keyboard_layout.h
  input/keyboard_mode.cpp input/keyboard_mode.h
)
