// FrameOutcome: what decoding one frame gave — the codes found, or why the
// frame could not be read. Passed from the pipeline's worker to its owner.
#pragma once

#include "core/scan/decoded_code.h"
#include "core/util/result.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace camie::scan {

struct FrameOutcome {
  QList<DecodedCode> codes;
  std::optional<Error> error; // set when the frame could not be mapped or decoded
};

} // namespace camie::scan

Q_DECLARE_METATYPE(camie::scan::FrameOutcome)
Q_DECLARE_METATYPE(camie::scan::DecodedCode)
