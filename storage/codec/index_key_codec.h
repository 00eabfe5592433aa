#pragma once
// Encoding of property values inside index keys. Unlike property_codec.h this encoding is
// order-preserving within a type and prefix-free (no encoded value is a prefix of another), so
// "label | key | value" is an exact prefix for a point lookup.
//
// Values are encoded with their exact type: int 1 and double 1.0 are different index entries.
// The engine converts an integral double to int64 before calling indexSeek.
#include <string>

#include "storage/common/property_value.h"

namespace rollcall::storage::codec {

void encodeIndexValue(std::string& out, const PropertyValue& value);

}  // namespace rollcall::storage::codec
