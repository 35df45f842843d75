# Sources of core/bundle (signed USB bundles of sealed records), relative to core/.
list(APPEND CAMIE_CORE_SOURCES
  bundle/bundle_payload.cpp bundle/bundle_payload.h
  bundle/bundle_reader.cpp bundle/bundle_reader.h
  bundle/bundle_signature.cpp bundle/bundle_signature.h
  bundle/bundle_writer.cpp bundle/bundle_writer.h
  bundle/record_bundle.cpp bundle/record_bundle.h
  bundle/signer_chain.cpp bundle/signer_chain.h
)
