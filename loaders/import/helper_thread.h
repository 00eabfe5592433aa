#pragma once
// A second thread running one job: join() rethrows what the job threw, and a Helper that goes
// out of scope unjoined (the calling thread threw) waits for the job and drops its error, so a
// job never outlives the data it uses.
#include <exception>
#include <functional>
#include <thread>

namespace rollcall::loaders {

class Helper {
 public:
  explicit Helper(std::function<void()> job)
      : thread_([this, job = std::move(job)] {
          try {
            job();
          } catch (...) {
            error_ = std::current_exception();
          }
        }) {}
  ~Helper() {
    if (thread_.joinable()) thread_.join();
  }
  Helper(const Helper&) = delete;
  Helper& operator=(const Helper&) = delete;

  void join() {
    thread_.join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::exception_ptr error_;
  std::thread thread_;
};

}  // namespace rollcall::loaders
