# The README's two commands. Both install missing Debian packages first (scripts/install-deps.sh).
#   make demo  - release build, then the main job on the bundled sample data
#   make test  - Debug + ASan/UBSan build, then every test (ctest)
JOBS ?= 2
RELEASE_DIR ?= build/release
TEST_DIR ?= build/test
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

.PHONY: deps demo test build release clean

deps:
	@bash scripts/install-deps.sh

release: deps
	cmake -S . -B $(RELEASE_DIR) $(GENERATOR) -DCMAKE_BUILD_TYPE=Release -DROLLCALL_BUILD_TESTS=OFF
	cmake --build $(RELEASE_DIR) -j $(JOBS)

build: release

demo: release
	$(RELEASE_DIR)/rollcall demo --db $(RELEASE_DIR)/demo.db

test: deps
	cmake -S . -B $(TEST_DIR) $(GENERATOR) -DCMAKE_BUILD_TYPE=Debug -DROLLCALL_SANITIZE=ON \
	  -DROLLCALL_BUILD_BENCH=OFF
	cmake --build $(TEST_DIR) -j $(JOBS)
	cd $(TEST_DIR) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf build
