#include "storage/common/property_value.h"

namespace rollcall::storage {

bool PropertyValue::operator==(const PropertyValue& o) const {
  if (type() != o.type()) return false;
  if (type() != Type::LIST) return v_ == o.v_;
  // Lists are held by pointer: compare the elements, not the pointers.
  return asList() == o.asList();
}

}  // namespace rollcall::storage
