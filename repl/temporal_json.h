#pragma once
// The JSON tags of temporal values, shared by `--format json` (printer) and `--param` (reader):
// {"~date": "2024-05-01"}, {"~localtime": "09:00"}, {"~time": "09:00+01:00"},
// {"~localdatetime": "2024-05-01T09:00"}, {"~datetime": "2024-05-01T09:00+02:00[Europe/Paris]"},
// {"~duration": "P1DT2H"}. The string is the value's toString() text.
#include <optional>
#include <string_view>

#include "engine/common/value.h"

namespace rollcall::repl {

// "date", "localtime", ...; the kind must be temporal.
const char* temporalTag(Value::Kind kind);
// Whether `tag` (without the ~) names a temporal type.
bool isTemporalTag(std::string_view tag);
// The value of a tagged text; nullopt when the text does not parse as that type.
std::optional<Value> temporalFromTag(std::string_view tag, std::string_view text);

}  // namespace rollcall::repl
