# Sources of core/enrol (the kiosk's CamDX identity: key, request,
# certificate), relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  enrol/certificate_request.cpp enrol/certificate_request.h
  enrol/device_certificate.cpp enrol/device_certificate.h
  enrol/device_enrolment.cpp enrol/device_enrolment.h
  enrol/device_files.cpp enrol/device_files.h
  enrol/device_key.cpp enrol/device_key.h
  enrol/x509_text.cpp enrol/x509_text.h
)
