// The sample's report in headless Chromium (scripts/report-screenshot.sh): the page's scripts
// run without an error and mark it ready, and it renders to a PNG.
#include <gtest/gtest.h>

#include "tests/unit/repl/report_fixture.h"

namespace rollcall::repl::testing {
namespace {

class ReportRender : public ReportTest {
 protected:
  // Renders `page`; returns the DOM its scripts left, and writes the PNG to path("page.png").
  std::string render(const std::string& page) {
    std::string command = std::string("'") + ROLLCALL_SOURCE_DIR +
                          "/scripts/report-screenshot.sh' '" + page + "' '" + path("page.png") +
                          "' '" + path("dom.html") + "' > '" + path("render.log") + "' 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << readWhole(path("render.log"));
    return readWhole(path("dom.html"));
  }
};

TEST_F(ReportRender, SampleReportLoadsWithoutScriptErrors) {
  loadSample();
  std::string html = report();
  std::string dom = render(path("report.html"));
  EXPECT_NE(dom.find("<body data-status=\"ok\">"), std::string::npos) << dom.substr(0, 600);
  EXPECT_NE(dom.find("<ul id=\"script-errors\"></ul>"), std::string::npos);
  // The script made each header sortable (focusable); the figures are the page's own.
  EXPECT_NE(dom.find("<th scope=\"col\" tabindex=\"0\">"), std::string::npos);
  EXPECT_EQ(figure(dom, "students"), figure(html, "students"));
  EXPECT_EQ(figure(dom, "attendance"), "32");

  std::string png = readWhole(path("page.png"));
  ASSERT_GT(png.size(), 20'000u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

// The health signal works: a failing script on the page is recorded and the status says so.
TEST_F(ReportRender, AScriptErrorIsRecordedInThePage) {
  loadSample();
  std::string html = report();
  html.insert(html.rfind("</body>"), "<script>undefinedFunction();</script>");
  writeWhole(path("broken.html"), html);
  std::string dom = render(path("broken.html"));
  EXPECT_NE(dom.find("<body data-status=\"error\">"), std::string::npos) << dom.substr(0, 600);
  EXPECT_NE(dom.find("undefinedFunction is not defined"), std::string::npos);
}

}  // namespace
}  // namespace rollcall::repl::testing
