#pragma once
// Encoding of property values inside index keys (format 4). Unlike property_codec.h this
// encoding is order-preserving and prefix-free (no encoded value is a prefix of another), so
// "label | key | value" is an exact prefix for a point lookup.
//
// Ints and doubles share one type tag and compare by numeric value, as Cypher's equality does:
// int 1 and double 1.0 (and -0.0 and 0) encode to the same bytes, so one seek finds both and a
// unique index treats them as one value. After the tag comes a class byte:
//   below int64 (d < -2^63, -inf)  orderedDoubleBits(d)
//   in int64 range                 floor as sign-flipped int64, then 0x00 if the value is
//                                  integral, else 0x01 and orderedDoubleBits(x): values of
//                                  one floor sort by their own bits
//   2^63 and above (+inf)          orderedDoubleBits(d)
//   NaN                            nothing more: all NaNs are one value, above every number
// Lists encode their items the same way, so [1] and [1.0] also share a key. Other types keep
// their own tag and compare within it.
#include <string>

#include "storage/common/property_value.h"

namespace rollcall::storage::codec {

void encodeIndexValue(std::string& out, const PropertyValue& value);

}  // namespace rollcall::storage::codec
