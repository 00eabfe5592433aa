#include "repl/report/page_assets.h"

namespace rollcall::repl {

std::string_view pageStyle() {
  return R"css(
body { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 1040px;
       padding: 16px 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 4px; }
.scope { color: #555; margin: 0 0 16px; }
section { border-top: 1px solid #ddd; padding: 14px 0; }
.note { color: #555; margin: 0 0 8px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 10px; }
.figure { border: 1px solid #ddd; border-radius: 6px; padding: 8px 10px; }
.figure .value { display: block; font-size: 22px; font-weight: 600; }
.figure .label { color: #555; }
svg.chart { max-width: 100%; height: auto; font-size: 11px; fill: #333; }
svg .grid { stroke: #e4e4e4; }
svg .bar { fill: #0072B2; }
svg .line { stroke-width: 2; }
.table-wrap { max-height: 420px; overflow: auto; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border-bottom: 1px solid #eee; padding: 3px 10px; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
th { cursor: pointer; background: #f6f6f6; position: sticky; top: 0; }
th[aria-sort=ascending]::after { content: " \25B2"; }
th[aria-sort=descending]::after { content: " \25BC"; }
details { margin-top: 8px; }
summary { cursor: pointer; color: #0b5394; }
pre { background: #f6f6f6; padding: 8px; overflow-x: auto; font-size: 12px; }
.empty { color: #777; font-style: italic; }
#script-errors:empty { display: none; }
#script-errors { color: #b00020; }
@media print {
  body { max-width: none; padding: 0; }
  section { break-inside: avoid; }
  .table-wrap { max-height: none; overflow: visible; }
  th { position: static; }
  details:not([open]) { display: none; }
}
)css";
}

std::string_view errorRecorderScript() {
  return R"js(
window.onerror = function (message, source, line) {
  var item = document.createElement('li');
  item.textContent = message + ' (line ' + line + ')';
  document.getElementById('script-errors').appendChild(item);
  document.body.dataset.status = 'error';
};
)js";
}

std::string_view pageScript() {
  return R"js(
function cellKey(row, column) {
  var cell = row.cells[column];
  return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
}
function compareKeys(a, b) {
  var x = a === '' ? NaN : Number(a), y = b === '' ? NaN : Number(b);
  if (!isNaN(x) && !isNaN(y)) return x - y;
  return a.localeCompare(b);
}
function sortTable(table, column, header) {
  var ascending = header.getAttribute('aria-sort') !== 'ascending';
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.sort(function (a, b) {
    var order = compareKeys(cellKey(a, column), cellKey(b, column));
    return ascending ? order : -order;
  });
  Array.prototype.forEach.call(header.parentNode.cells, function (th) {
    th.removeAttribute('aria-sort');
  });
  header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  rows.forEach(function (row) { body.appendChild(row); });
}
document.querySelectorAll('table.sortable').forEach(function (table) {
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
    header.tabIndex = 0;
    header.addEventListener('click', function () { sortTable(table, column, header); });
    header.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') sortTable(table, column, header);
    });
  });
});
if (!document.getElementById('script-errors').children.length) {
  document.body.dataset.status = 'ok';
}
)js";
}

}  // namespace rollcall::repl
