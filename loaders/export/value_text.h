#pragma once
// Dialect-neutral text forms of property values: what a value looks like in a text column
// (Cypher's toString) and as JSON (lists in SQLite, mixed lists everywhere).
#include <string>

#include "storage/common/property_value.h"

namespace rollcall::loaders {

// Appends the value as text: integers in decimal, floats as the shortest text that reads back
// equal ("1.0", "0.1", "Infinity"), booleans as true/false, dates as YYYY-MM-DD, lists as JSON.
// Throws ExportError for a string holding a NUL character, which neither database's text can
// hold.
void appendText(std::string& out, const storage::PropertyValue& v);
// Appends a temporal value as SQL's time, timestamp and interval types read it: ISO 8601, a
// date-time with its offset only (SQL keeps its instant; the zone's name is dropped).
void appendSqlTemporal(std::string& out, const storage::PropertyValue& v);
// Local time, time, local date-time, date-time or duration: what appendSqlTemporal writes.
bool isTimeValue(const storage::PropertyValue& v);
// Appends the value as JSON (strings quoted and escaped, dates as strings).
void appendJson(std::string& out, const storage::PropertyValue& v);
// The shortest decimal text that reads back as the same double, always with a '.' or exponent
// so it reads back as a float ("1.0", "1e+20"); non-finite values as Infinity, -Infinity, NaN.
void appendFloat(std::string& out, double d);
void appendInt(std::string& out, int64_t i);
// Rejects strings SQL text cannot hold (a NUL character) with an ExportError.
const std::string& checkedText(const std::string& s);

}  // namespace rollcall::loaders
