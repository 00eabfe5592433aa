#pragma once
// The star schema's calendar: one row per day between two dates, with the parts BI tools group
// by (year, quarter, month, ISO week, weekday).
#include <vector>

#include "loaders/export/table_spec.h"
#include "storage/common/property_value.h"

namespace rollcall::loaders {

// 20240108 for 2024-01-08: readable, and ordered like the dates.
int64_t dateKey(storage::Date d);

// dim_date over [first, last]; no rows when `first` is after `last`.
TableSpec dateDimension(storage::Date first, storage::Date last);

}  // namespace rollcall::loaders
