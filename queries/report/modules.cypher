// The modules, by name: `rollcall report --module NAME` checks NAME against them.
// Parameters: none.
MATCH (m:Module)
RETURN m.module AS module
ORDER BY module;
